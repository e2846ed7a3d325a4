// The documents channels (shared/documents/schema.ts) → services.
import type { documentsContract } from '../../../shared/documents/schema';
import type { Context } from '../context';
import type { FeatureHandlers } from '../handler-types';
import { listRegister, registerFacets } from './register';
import { issueDocument, reissueDocument } from './service';

export function documentsHandlers(ctx: Context): FeatureHandlers<typeof documentsContract> {
  return {
    'documents.issue': (input) => issueDocument(ctx, input),
    'documents.reissue': (input) => reissueDocument(ctx, input.id),
    'documents.register.list': (query) => listRegister(ctx, query),
    'documents.register.facets': () => registerFacets(ctx),
  };
}
