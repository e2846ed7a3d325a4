// Keeping the host directory. Every change runs in one transaction with its audit entry.
import { todayIso } from '../../../shared/fiscal-year';
import type { Host, HostDetail, HostInput } from '../../../shared/hosts/schema';
import { AppFailure, type Warning } from '../../../shared/result';
import { recordAudit } from '../audit/audit';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { updateSet } from '../db/sql-build';
import { assertVersion, requireConfirmation } from '../write-checks';
import { assertValid, capacityWarnings, confirmMessage, findWarnings, knownFieldIds } from './checks';
import { findHost, hostColumns, insertHostRow, writeHostParts } from './rows';
import { capacityUse, hostPlacements } from './usage';

export function getHostRecord(ctx: Context, id: number): Host {
  const host = findHost(ctx, id);
  if (!host) throw new AppFailure({ code: 'not_found', message: `Host ${id} does not exist.` });
  return host;
}

export function getHost(ctx: Context, id: number): HostDetail {
  const host = getHostRecord(ctx, id);
  const today = todayIso(ctx.now());
  return {
    host,
    trainees: hostPlacements(ctx, id, today),
    capacityUse: capacityUse(ctx, id, host.capacity, today),
  };
}

export function createHost(ctx: Context, input: { data: HostInput; confirm: boolean }) {
  return ctx.db.tx((): { host: Host; warnings: Warning[] } => {
    assertValid(ctx, input.data);
    const warnings = [...findWarnings(ctx, input.data, null), ...capacityWarnings(ctx, input.data, null)];
    requireConfirmation(warnings, input.confirm, confirmMessage(warnings));
    const host = getHostRecord(ctx, insertHostRow(ctx, input.data, false));
    recordAudit(ctx, { entity: 'host', entityId: host.id, action: 'create', after: host });
    return { host, warnings };
  });
}

export function updateHost(ctx: Context, input: { id: number; version: number; data: HostInput; confirm: boolean }) {
  return ctx.db.tx((): { host: Host; warnings: Warning[] } => {
    const before = getHostRecord(ctx, input.id);
    assertVersion(before.nameEn, before.version, input.version);
    assertValid(ctx, input.data);
    const warnings = [...findWarnings(ctx, input.data, input.id), ...capacityWarnings(ctx, input.data, before)];
    requireConfirmation(warnings, input.confirm, confirmMessage(warnings));
    ctx.db.run(
      updateSet(
        'hosts',
        { ...hostColumns(input.data), version: before.version + 1, updated_at: ctx.now().toISOString() },
        sql`id = ${input.id}`,
      ),
    );
    // Contacts and fields are replaced as a whole: the form edits them as one list.
    ctx.db.run(sql`DELETE FROM host_contacts WHERE host_id = ${input.id}`);
    ctx.db.run(sql`DELETE FROM host_fields WHERE host_id = ${input.id}`);
    writeHostParts(ctx, input.id, input.data);
    const host = getHostRecord(ctx, input.id);
    recordAudit(ctx, { entity: 'host', entityId: input.id, action: 'update', before, after: host });
    return { host, warnings };
  });
}

export function setHostActive(ctx: Context, id: number, active: boolean): Host {
  return ctx.db.tx(() => {
    const before = getHostRecord(ctx, id);
    if (before.active === active) return before;
    ctx.db.run(sql`
      UPDATE hosts SET active = ${active ? 1 : 0}, version = version + 1, updated_at = ${ctx.now().toISOString()}
      WHERE id = ${id}`);
    recordAudit(ctx, {
      entity: 'host',
      entityId: id,
      action: active ? 'activate' : 'deactivate',
      before: { active: before.active },
      after: { active },
    });
    return getHostRecord(ctx, id);
  });
}

/**
 * Bulk creation (imports, demo data, benchmarks): each record is checked like a single create, and
 * the batch gets one audit entry. Duplicates were already shown to the person (or are ruled out by the
 * generator), so they are not asked about again here.
 */
export function insertHosts(
  ctx: Context,
  records: HostInput[],
  options: { demo: boolean; action?: string; details?: Record<string, unknown> },
): number[] {
  return ctx.db.tx(() => {
    const known = knownFieldIds(ctx);
    const ids = records.map((data) => {
      assertValid(ctx, data, known);
      return insertHostRow(ctx, data, options.demo);
    });
    recordAudit(ctx, {
      entity: 'host',
      entityId: '*',
      action: options.action ?? (options.demo ? 'demo-load' : 'bulk-create'),
      // An import names what it created; demo data is removed as a whole, so a count is enough.
      after: { count: ids.length, ...options.details, ...(options.demo ? {} : { ids }) },
    });
    return ids;
  });
}
