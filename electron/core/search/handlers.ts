// The palette's channel: records of every kind found by what was typed.
import type { searchContract } from '../../../shared/search/schema';
import type { Context } from '../context';
import type { FeatureHandlers } from '../handler-types';
import { findRecords } from './find';

export function searchHandlers(ctx: Context): FeatureHandlers<typeof searchContract> {
  return {
    'search.find': (query) => findRecords(ctx, query),
  };
}
