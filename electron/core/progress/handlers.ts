// The progress channels (shared/progress/schema.ts) → services.
import type { progressContract } from '../../../shared/progress/schema';
import type { Context } from '../context';
import type { FeatureHandlers } from '../handler-types';
import { addAttachment, getAttachment, removeAttachment } from './attachments';
import { listAttention } from './attention';
import { createEntry, deleteEntry, restoreEntry, updateEntry } from './entries';
import { createCriterion, saveScale, updateCriterion } from './evaluation-settings';
import { reportMonths } from './report-months';
import { evaluationSettings, getEntry, listEntries } from './rows';

export function progressHandlers(ctx: Context): FeatureHandlers<typeof progressContract> {
  return {
    'progress.list': ({ traineeId, kind, includeDeleted }) => listEntries(ctx, traineeId, { kind, includeDeleted }),
    'progress.get': ({ id }) => getEntry(ctx, id),
    'progress.create': (input) => createEntry(ctx, input),
    'progress.update': (input) => updateEntry(ctx, input),
    'progress.delete': (input) => deleteEntry(ctx, input),
    'progress.restore': (input) => restoreEntry(ctx, input),
    'progress.reportMonths': ({ traineeId }) => reportMonths(ctx, traineeId),
    'progress.attachments.add': (input) => addAttachment(ctx, input),
    'progress.attachments.get': ({ id }) => getAttachment(ctx, id),
    'progress.attachments.remove': ({ id }) => removeAttachment(ctx, id),
    'progress.evaluation.settings': () => evaluationSettings(ctx),
    'progress.evaluation.criteria.create': (input) => createCriterion(ctx, input),
    'progress.evaluation.criteria.update': ({ id, data }) => updateCriterion(ctx, id, data),
    'progress.evaluation.scale.save': (input) => saveScale(ctx, input),
    'progress.attention.list': (query) => listAttention(ctx, query),
  };
}
