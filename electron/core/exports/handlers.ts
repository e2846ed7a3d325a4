// The exports channels (shared/exports/schema.ts) → services. Each returns the file's bytes (base64).
import type { exportsContract } from '../../../shared/exports/schema';
import type { Context } from '../context';
import type { FeatureHandlers } from '../handler-types';
import { exportAttention } from './attention';
import { exportCohort } from './cohort';
import { exportDispatchHistory } from './dispatch-history';
import { exportDocuments } from './documents';
import { exportProgress } from './progress';
import { exportRequests } from './requests';
import { exportStatistics } from './statistics';
import { exportTrainees } from './trainees';

export function exportsHandlers(ctx: Context): FeatureHandlers<typeof exportsContract> {
  return {
    'exports.trainees': (input) => exportTrainees(ctx, input),
    'exports.attention': (input) => exportAttention(ctx, input),
    'exports.statistics': (input) => exportStatistics(ctx, input),
    'exports.cohort': (input) => exportCohort(ctx, input),
    'exports.progress': (input) => exportProgress(ctx, input),
    'exports.requests': (input) => exportRequests(ctx, input),
    'exports.dispatchHistory': (input) => exportDispatchHistory(ctx, input),
    'exports.documents': (input) => exportDocuments(ctx, input),
  };
}
