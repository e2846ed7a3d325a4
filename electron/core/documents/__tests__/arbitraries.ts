// Test helper (fast-check arbitraries, not app code): VALID requests for the documents channels, as the
// global dispatch property test needs them.
import fc from 'fast-check';
import { LETTER_KINDS, type lettersContract } from '../../../../shared/documents/letters';
import {
  DOCUMENT_KINDS,
  type documentsContract,
  RECORD_TYPES,
  REGISTER_SORTS,
} from '../../../../shared/documents/schema';
import { text } from '../../trainees/__tests__/arbitraries';

type Channels = keyof typeof documentsContract;

const id = fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 2 ** 31 }));

export const documentsValid: { [C in Channels]: fc.Arbitrary<unknown> } = {
  'documents.issue': fc.record({
    kind: fc.constantFrom(...DOCUMENT_KINDS),
    record: fc.record({ type: fc.constantFrom(...RECORD_TYPES), id }),
    addressee: text(200),
    language: fc.constantFrom('en', 'ja'),
  }),
  'documents.reissue': fc.record({ id }),
  'documents.register.list': fc.record(
    {
      search: text(200),
      fiscalYear: fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null }),
      kind: fc.option(fc.constantFrom(...DOCUMENT_KINDS), { nil: null }),
      sort: fc.constantFrom(...REGISTER_SORTS),
      dir: fc.constantFrom('asc', 'desc'),
      page: fc.integer({ min: 1, max: 1_000_000 }),
      pageSize: fc.integer({ min: 1, max: 500 }),
    },
    { requiredKeys: [] },
  ),
  'documents.register.facets': fc.constant({}),
};

/** Words without braces: a `{name}` the kind does not offer is refused, a reason of the input. */
const plain = (max: number) => text(max).filter((s) => s.trim() !== '' && !/[{}]/.test(s));
const letterText = fc.record({ subject: plain(200), body: plain(4000) });
const words = fc.record({ en: letterText, ja: letterText });
const signatory = fc.record({
  nameEn: fc.constantFrom('Tanaka Hiroshi', 'A. Director'),
  nameJa: fc.constantFrom('田中 浩', '所長'),
  titleEn: fc.constant('Executive Director'),
  titleJa: fc.constant('所長'),
});

export const lettersValid: { [C in keyof typeof lettersContract]: fc.Arbitrary<unknown> } = {
  'documents.letters.settings.get': fc.constant({}),
  'documents.letters.settings.update': fc.record(
    {
      signatory,
      seal: fc.constantFrom('box', 'omitted'),
      wording: fc.dictionary(fc.constantFrom(...LETTER_KINDS), fc.option(words, { nil: null }), { maxKeys: 3 }),
    },
    { requiredKeys: [] },
  ),
  'documents.letters.addressees': fc.record({ kind: fc.constantFrom(...LETTER_KINDS), recordId: id }),
  'documents.letter': fc.record({ id }),
};
