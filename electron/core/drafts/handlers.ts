// The drafts channels (shared/drafts/schema.ts) → services.
import type { draftsContract } from '../../../shared/drafts/schema';
import type { Context } from '../context';
import type { FeatureHandlers } from '../handler-types';
import { discardDraft, getDraft, saveDraft } from './service';

export function draftsHandlers(ctx: Context): FeatureHandlers<typeof draftsContract> {
  return {
    'drafts.save': (input) => saveDraft(ctx, input),
    'drafts.get': (ref) => getDraft(ctx, ref),
    'drafts.discard': (ref) => discardDraft(ctx, ref),
  };
}
