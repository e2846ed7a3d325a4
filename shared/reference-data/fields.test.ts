import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SEED_FIELDS } from '../specialist-dispatch/vocabulary';
import { edits } from './__tests__/arbitraries';
import { checkField, compactKey, FIELD_VOCABULARY_SEED, vocabulary } from './fields';
import { editDistance } from './similarity';
import { foldKey } from './text';

const vocab = vocabulary(FIELD_VOCABULARY_SEED);

describe('checkField', () => {
  test('a field of the vocabulary, as it is written there, is known', () => {
    for (const f of FIELD_VOCABULARY_SEED) expect(checkField(f, vocab)).toEqual({ kind: 'known' });
    expect(checkField('', vocab)).toEqual({ kind: 'empty' });
  });

  test('other capitals, spaces or hyphens only: a milder finding with the known spelling', () => {
    expect(checkField('Agriculture and commerce', vocab)).toEqual({
      kind: 'case_differs',
      suggestion: 'Agriculture and Commerce',
    });
    expect(checkField('fire-fighting', vocab)).toEqual({ kind: 'case_differs', suggestion: 'Fire Fighting' });
    expect(checkField(' Tourism ', vocab)).toEqual({ kind: 'case_differs', suggestion: 'Tourism' });
  });

  test('misspelt words: the known field they make, with the score and the words changed', () => {
    expect(checkField('Fire and desaster preverntion', vocab)).toEqual({
      kind: 'misspelt',
      suggestion: 'Fire and Disaster Prevention',
      score: 0.93,
      known: true,
      words: 'desaster → disaster, preverntion → prevention',
    });
    expect(checkField('Turism', vocab)).toMatchObject({ kind: 'misspelt', suggestion: 'Tourism', known: true });
    expect(checkField('Environmantal Conservaton', vocab)).toMatchObject({
      kind: 'misspelt',
      suggestion: 'Environmental Conservation',
    });
    // Equally near two words: the first the vocabulary lists (a person sees and may change it).
    expect(checkField('Environmentl Conservaton', vocab)).toMatchObject({
      kind: 'misspelt',
      suggestion: 'Environmental Conservation',
    });
    // A field the seed names in other capitals: the seed's spelling (a known field).
    expect(checkField('Health and social walfare', vocab)).toEqual({
      kind: 'misspelt',
      suggestion: 'Health and Social Welfare',
      score: 0.96,
      known: true,
      words: 'walfare → welfare',
    });
  });

  test('misspelt words in a combination the vocabulary lacks: the value spelt right, as a new field', () => {
    expect(checkField('Tourism and walfare', vocab)).toEqual({
      kind: 'misspelt',
      suggestion: 'Tourism and welfare',
      score: 0.95,
      known: false,
      words: 'walfare → welfare',
    });
  });

  test('the seed is SEED_FIELDS: every English name and alias, each known as written', () => {
    expect(FIELD_VOCABULARY_SEED).toEqual(SEED_FIELDS.flatMap((f) => [f.nameEn, ...f.aliases]));
    expect(checkField('Firefighting', vocab)).toEqual({ kind: 'known' });
    expect(checkField('Fire Fighting', vocab)).toEqual({ kind: 'known' });
  });

  test('close as a whole though no word is near a known one: the nearest field above the threshold', () => {
    expect(checkField('Health & Sanitation', vocab)).toMatchObject({
      kind: 'misspelt',
      suggestion: 'Health and Sanitation',
      known: true,
    });
  });

  test('known words in a new combination, or far from everything: unknown, no suggestion', () => {
    expect(checkField('Water Management', vocab)).toEqual({ kind: 'unknown' });
    expect(checkField('Sanitation and Health', vocab)).toEqual({ kind: 'unknown' });
    expect(checkField('Cybersecurity', vocab)).toEqual({ kind: 'unknown' });
    expect(checkField('IT', vocab)).toEqual({ kind: 'unknown' });
  });

  test('the vocabulary is a parameter: an added field is known, capitals deduplicated', () => {
    const v = vocabulary([...FIELD_VOCABULARY_SEED, 'Cybersecurity', 'TOURISM']);
    expect(checkField('Cybersecurity', v)).toEqual({ kind: 'known' });
    expect(v.entries.filter((e) => foldKey(e) === 'tourism')).toEqual(['Tourism']);
  });

  test('property: one or two edits of a known field never pass as known', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIELD_VOCABULARY_SEED).chain((f) => fc.tuple(fc.constant(f), edits(f))),
        ([, edited]) => {
          fc.pre(!FIELD_VOCABULARY_SEED.includes(edited));
          expect(['case_differs', 'misspelt', 'unknown']).toContain(checkField(edited, vocab).kind);
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('property: one letter changed in a long word, nearer its own word than any other → the field itself', () => {
    const words = [...vocab.words];
    const arb = fc.constantFrom(...FIELD_VOCABULARY_SEED).chain((field) => {
      const parts = field.split(' ');
      return fc.record({
        field: fc.constant(field),
        at: fc.nat({ max: parts.length - 1 }),
        pos: fc.nat(),
        ch: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split('')),
      });
    });
    fc.assert(
      fc.property(arb, ({ field, at, pos, ch }) => {
        const parts = field.split(' ');
        const word = parts[at] as string;
        const i = pos % word.length;
        const changed = word.slice(0, i) + ch + word.slice(i + 1);
        const key = foldKey(changed);
        fc.pre(word.length >= 5 && key !== foldKey(word));
        fc.pre(words.every((w) => w === foldKey(word) || editDistance(key, w) >= 2));
        parts[at] = changed;
        // The field itself, or the entry spelt with the same letters ("Firefighting" → "Fire Fighting").
        const result = checkField(parts.join(' '), vocab);
        expect(result.kind).toBe('misspelt');
        expect(result.kind === 'misspelt' && compactKey(result.suggestion)).toBe(compactKey(field));
      }),
      { numRuns: 500 },
    );
  });
});
