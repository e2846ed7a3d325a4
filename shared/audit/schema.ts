// Every change is recorded in the same transaction as the change itself.
import { z } from 'zod';
import { id } from '../schema-helpers';

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

export const auditContract = {
  'audit.list': {
    input: z.strictObject({
      entity: z.string().max(40).optional(),
      entityId: z.string().max(40).optional(),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    output: z.array(AuditEntry),
  },
} as const;
