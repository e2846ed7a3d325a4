// Host institutions: Japanese local governments and related organisations that take trainees.
// The directory (this file) and its import/export (import-schema.ts) make up the hosts contract.
import { z } from 'zod';
import { BulkDone, bulkExpected, bulkIds } from '../bulk';
import { read, write } from '../channel';
import { Warning } from '../result';
import { id } from '../schema-helpers';
import { hostsImportContract } from './import-schema';
import { Host, HostInput, HostKind, PrefectureCode } from './record';

export * from './record';

export const HostSummary = Host.pick({
  id: true,
  nameEn: true,
  nameJa: true,
  kind: true,
  prefecture: true,
  address: true,
  capacity: true,
  fieldIds: true,
  active: true,
  isDemo: true,
}).extend({
  /** Live placements covering today. */
  currentTrainees: z.number().int(),
});
export type HostSummary = z.infer<typeof HostSummary>;

export const HOST_SORTS = ['name', 'prefecture', 'capacity', 'kind'] as const;

export const HostListQuery = z.strictObject({
  search: z.string().max(200, 'too_long').default(''),
  prefecture: PrefectureCode.nullish(),
  fieldId: id.nullish(),
  kind: HostKind.nullish(),
  active: z.enum(['active', 'inactive', 'all']).default('active'),
  sort: z.enum(HOST_SORTS).default('name'),
  dir: z.enum(['asc', 'desc']).default('asc'),
  page: z.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
});

export const HostPage = z.object({
  rows: z.array(HostSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

/** A trainee's live placement at the host, as the host's page lists it. */
export const HostPlacement = z.object({
  placementId: id,
  traineeId: id,
  ref: z.string(),
  fullName: z.string(),
  country: z.string(),
  fieldId: id,
  startDate: z.string(),
  endDate: z.string(),
});

export const CapacityMonth = z.object({
  /** YYYY-MM */
  month: z.string(),
  /** The most live placements on any one day of the month. */
  peak: z.number().int(),
  capacity: z.number().int(),
});

export const HostDetail = z.object({
  host: Host,
  trainees: z.object({
    current: z.array(HostPlacement),
    upcoming: z.array(HostPlacement),
    past: z.array(HostPlacement),
  }),
  /** From 12 months before this month to 12 months after it. */
  capacityUse: z.array(CapacityMonth),
});
export type HostDetail = z.infer<typeof HostDetail>;

/** Warnings (possible_duplicate_host) need `confirm: true` to save. */
export const HostCreate = z.strictObject({ data: HostInput, confirm: z.boolean().default(false) });
export const HostUpdate = z.strictObject({
  id,
  /** The version the person edited; a newer one in the database means someone else saved first. */
  version: z.number().int().min(1),
  data: HostInput,
  confirm: z.boolean().default(false),
});
export const HostSaved = z.object({ host: Host, warnings: z.array(Warning) });

/** The hosts a bulk action is for: ids chosen, or every host the directory's filters match. */
export const HostSelection = z.union([
  z.strictObject({ ids: bulkIds }),
  z.strictObject({
    query: HostListQuery.omit({ page: true, pageSize: true, sort: true, dir: true }),
    expected: bulkExpected,
  }),
]);
export type HostSelection = z.input<typeof HostSelection>;

export const hostsContract = {
  'hosts.list': read(HostListQuery, HostPage),
  'hosts.get': read(z.strictObject({ id }), HostDetail),
  'hosts.create': write(HostCreate, HostSaved),
  'hosts.update': write(HostUpdate, HostSaved),
  'hosts.setActive': write(z.strictObject({ id, active: z.boolean() }), Host),
  /** Mark every host selected active or inactive, or none of them. */
  'hosts.bulk.setActive': write(z.strictObject({ selection: HostSelection, active: z.boolean() }), BulkDone),
  ...hostsImportContract,
} as const;
