// The exports channels (shared/exports/schema.ts) → services. Each returns the file's bytes (base64).
import type { exportsContract } from '../../../shared/exports/schema';
import type { Context } from '../context';
import type { FeatureHandlers } from '../handler-types';
import { exportAttention } from './attention';
import { exportCohort } from './cohort';
import { exportDispatchHistory } from './dispatch-history';
import { exportProgress } from './progress';
import { exportRequests } from './requests';
import { exportStatistics } from './statistics';
import { exportTrainees } from './trainees';

export function exportsHandlers(ctx: Context): FeatureHandlers<typeof exportsContract> {
  return {
    'export.trainees': (input) => exportTrainees(ctx, input),
    'export.attention': (input) => exportAttention(ctx, input),
    'export.statistics': (input) => exportStatistics(ctx, input),
    'export.cohort': (input) => exportCohort(ctx, input),
    'export.progress': (input) => exportProgress(ctx, input),
    'export.requests': (input) => exportRequests(ctx, input),
    'export.dispatchHistory': (input) => exportDispatchHistory(ctx, input),
  };
}
