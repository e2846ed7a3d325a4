// The audit channels: a record's entries, the whole history a page at a time, and the filter values.
import type { auditContract } from '../../../shared/audit/schema';
import type { Context } from '../context';
import type { FeatureHandlers } from '../handler-types';
import { listAudit } from './audit';
import { auditFacets, searchAudit } from './search';

export function auditHandlers(ctx: Context): FeatureHandlers<typeof auditContract> {
  return {
    'audit.list': (query) => listAudit(ctx, query),
    'audit.search': (query) => searchAudit(ctx, query),
    'audit.facets': () => auditFacets(ctx),
  };
}
