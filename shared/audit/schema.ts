// Every change is recorded in the same transaction as the change itself. The log is read three
// ways: a record's own entries (audit.list), the whole database's history with filters and pages
// (audit.search), and the values those filters offer (audit.facets).
import { z } from 'zod';
import { read } from '../channel';
import { empty, id } from '../schema-helpers';

export const AuditEntry = z.object({
  id,
  at: z.string(),
  actor: z.string(),
  entity: z.string(),
  entityId: z.string(),
  action: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** The pages a history entry can link to (the page that shows the record). */
export const AUDIT_PAGES = ['trainee', 'host', 'cohort', 'settings', 'request', 'specialist', 'counterparts'] as const;
export type AuditPage = (typeof AUDIT_PAGES)[number];

/** The record an entry is about, in words, and where it is shown if it still exists. */
export const AuditSubject = z.object({
  /** Its name as it is now, or as the log last knew it when the record is gone; null for "all". */
  label: z.string().nullable(),
  /** The Japanese name where records have one (hosts, fields, countries, criteria). */
  labelJa: z.string().nullable(),
  exists: z.boolean(),
  link: z.object({ page: z.enum(AUDIT_PAGES), id: z.string() }).nullable(),
});
export type AuditSubject = z.infer<typeof AuditSubject>;

export const AuditRow = AuditEntry.extend({ subject: AuditSubject });
export type AuditRow = z.infer<typeof AuditRow>;

const instant = z.iso.datetime({ offset: true, error: 'invalid_date' });

/** The filters both list and search take; all optional, combined with AND. */
const filters = {
  entity: z.string().max(40).optional(),
  entityId: z.string().max(40).optional(),
  /**
   * With a trainee's entity and id: its placements' entries too, as a placement belongs to the trainee
   * as much as to the host (the trainee page's history).
   */
  withPlacements: z.boolean().optional(),
  actor: z.string().max(120).optional(),
  action: z.string().max(40).optional(),
  /** From this instant on (inclusive). */
  since: instant.optional(),
  /** Before this instant (exclusive). */
  until: instant.optional(),
  /** Words found in the person’s name or in the values before or after (A–Z matched in either case). */
  text: z.string().max(200).optional(),
};

export const AuditFilters = z.strictObject(filters);
export type AuditFilters = z.infer<typeof AuditFilters>;

export const AuditSearch = z.strictObject({
  ...filters,
  page: z.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
});
export type AuditSearch = z.infer<typeof AuditSearch>;

export const AuditPage = z.object({
  rows: z.array(AuditRow),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type AuditPageResult = z.infer<typeof AuditPage>;

/** The values present in the log, for the filter menus. */
export const AuditFacets = z.object({
  actors: z.array(z.string()),
  entities: z.array(z.string()),
  actions: z.array(z.string()),
});
export type AuditFacets = z.infer<typeof AuditFacets>;

export const auditContract = {
  'audit.list': read(
    z.strictObject({ ...filters, limit: z.number().int().min(1).max(500).default(100) }),
    z.array(AuditEntry),
  ),
  'audit.search': read(AuditSearch, AuditPage),
  'audit.facets': read(empty, AuditFacets),
} as const;
