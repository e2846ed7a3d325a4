// The drafts channels (shared/drafts/schema.ts) → services.
import type { draftsContract } from '../../../shared/drafts/schema';
import type { Context } from '../context';
import type { Handlers } from '../handler-types';
import { discardDraft, getDraft, saveDraft } from './service';

type Channels = keyof typeof draftsContract;

export function draftsHandlers(ctx: Context): Pick<Handlers, Channels> {
  return {
    'drafts.save': (input) => saveDraft(ctx, input),
    'drafts.get': (ref) => getDraft(ctx, ref),
    'drafts.discard': (ref) => discardDraft(ctx, ref),
  };
}
