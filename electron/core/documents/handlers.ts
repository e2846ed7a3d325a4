// The documents channels (shared/documents/schema.ts) and the built-in letters' (letters.ts) → services.
import type { lettersContract } from '../../../shared/documents/letters';
import type { documentsContract } from '../../../shared/documents/schema';
import type { Context } from '../context';
import type { FeatureHandlers } from '../handler-types';
import { letterAddressees } from './addressees';
import { assembleLetter, checkIssuable } from './letter';
import { getLetterSettings, updateLetterSettings } from './letter-settings';
import { listRegister, registerFacets } from './register';
import { issueDocument, reissueDocument } from './service';

export function documentsHandlers(ctx: Context): FeatureHandlers<typeof documentsContract> {
  return {
    'documents.issue': (input) => {
      checkIssuable(ctx, input);
      return issueDocument(ctx, input);
    },
    'documents.reissue': (input) => reissueDocument(ctx, input.id),
    'documents.register.list': (query) => listRegister(ctx, query),
    'documents.register.facets': () => registerFacets(ctx),
  };
}

export function lettersHandlers(ctx: Context): FeatureHandlers<typeof lettersContract> {
  return {
    'documents.letters.settings.get': () => getLetterSettings(ctx),
    'documents.letters.settings.update': (patch) => updateLetterSettings(ctx, patch),
    'documents.letters.addressees': (input) => letterAddressees(ctx, input.kind, input.recordId),
    'documents.letter': (input) => assembleLetter(ctx, input.id),
  };
}
