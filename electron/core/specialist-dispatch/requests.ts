// Recording requests from overseas local governments. A request is numbered within its fiscal year
// (SD-FY2027-001), takes its country's counterpart unless another of that country's is named, and
// starts its recorded workflow at `received`. One received outside the application window is flagged
// (a warning returned with the saved request), never refused and never held for confirmation.
import type { ParsedInput } from '../../../shared/contract';
import { todayIso } from '../../../shared/fiscal-year';
import type { FieldIssue, Warning } from '../../../shared/result';
import { requestFindings } from '../../../shared/specialist-dispatch/plausibility';
import type { DispatchRequest } from '../../../shared/specialist-dispatch/schema';
import { windowWarning } from '../../../shared/specialist-dispatch/window';
import { isFinalState } from '../../../shared/specialist-dispatch/workflow';
import { recordAudit } from '../audit/audit';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { plausibilityWarnings } from '../plausibility';
import { assertVersion } from '../write-checks';
import { conflict, invalid } from './failures';
import { getRequestRecord } from './request-rows';

type RequestInput = ParsedInput<'specialistDispatch.requests.create'>['data'];
type Saved = { request: DispatchRequest; warnings: Warning[] };

export const referenceOf = (fiscalYear: number, n: number) => `SD-FY${fiscalYear}-${String(n).padStart(3, '0')}`;

/** The next number within the fiscal year ("SD-FY2027-" is 10 characters; the number follows). */
function nextReference(ctx: Context, fiscalYear: number): string {
  const last = ctx.db.get<{ n: number | null }>(sql`
    SELECT max(CAST(substr(reference, 11) AS INTEGER)) AS n FROM dispatch_requests WHERE fiscal_year = ${fiscalYear}`);
  return referenceOf(fiscalYear, (last?.n ?? 0) + 1);
}

/**
 * Checks the request's country, field and counterpart; returns the counterpart to store. `keepField`
 * lets an edit keep a field that has since been retired from the vocabulary.
 */
function resolve(ctx: Context, data: RequestInput, keepField: number | null): number | null {
  const issues: FieldIssue[] = [];
  if (!ctx.db.get(sql`SELECT 1 AS x FROM countries WHERE code = ${data.countryCode}`)) {
    issues.push({ path: 'data.countryCode', code: 'invalid_country', params: { country: data.countryCode } });
  }
  const field = ctx.db.get<{ active: number; name_en: string }>(
    sql`SELECT active, name_en FROM expertise_fields WHERE id = ${data.fieldId}`,
  );
  if (!field) issues.push({ path: 'data.fieldId', code: 'unknown_field', params: { id: data.fieldId } });
  if (issues.length > 0) invalid('Some details of the request cannot be saved.', issues);
  if (field?.active === 0 && data.fieldId !== keepField) {
    conflict(`${field.name_en} is no longer in use as a field of expertise.`, [
      { path: 'data.fieldId', code: 'field_inactive', params: { field: field.name_en } },
    ]);
  }
  if (data.counterpartId == null) {
    return (
      ctx.db.get<{ id: number }>(sql`SELECT id FROM counterparts WHERE country_code = ${data.countryCode}`)?.id ?? null
    );
  }
  const counterpart = ctx.db.get<{ country_code: string; name: string }>(
    sql`SELECT country_code, name FROM counterparts WHERE id = ${data.counterpartId}`,
  );
  if (!counterpart) {
    invalid(`Counterpart ${data.counterpartId} does not exist.`, [
      { path: 'data.counterpartId', code: 'unknown_counterpart', params: { id: data.counterpartId } },
    ]);
  }
  if (counterpart.country_code !== data.countryCode) {
    conflict(`${counterpart.name} is the counterpart of ${counterpart.country_code}, not ${data.countryCode}.`, [
      {
        path: 'data.counterpartId',
        code: 'counterpart_other_country',
        params: { counterpart: counterpart.name, country: counterpart.country_code },
      },
    ]);
  }
  return data.counterpartId;
}

const columns = (d: RequestInput, counterpartId: number | null) => ({
  fiscal_year: d.fiscalYear,
  country_code: d.countryCode,
  counterpart_id: counterpartId,
  requesting_government: d.requestingGovernment,
  field_id: d.fieldId,
  summary: d.summary,
  wished_start: d.wishedStart,
  wished_end: d.wishedEnd,
  contact_name: d.contactName,
  contact_email: d.contactEmail,
  contact_phone: d.contactPhone,
  received_on: d.receivedOn,
});

/**
 * Refuses implausible dates (shared/specialist-dispatch/plausibility.ts); returns the flags of the request: the
 * application window's, then the wished period's. Flags are returned with the saved request, never
 * held for confirmation (these channels have no confirmation step).
 */
function checkDates(ctx: Context, d: RequestInput): Warning[] {
  const flags = plausibilityWarnings(requestFindings(d, todayIso(ctx.now())));
  const w = windowWarning(d.receivedOn, d.fiscalYear);
  return w ? [w, ...flags] : flags;
}

/** Inserts a checked request and its first transition (also the demo data's way in); returns the id. */
export function insertRequestRow(ctx: Context, data: RequestInput, demo: boolean): number {
  const counterpartId = resolve(ctx, data, null);
  const c = columns(data, counterpartId);
  const now = ctx.now().toISOString();
  const { lastInsertRowid } = ctx.db.run(sql`
    INSERT INTO dispatch_requests (reference, fiscal_year, country_code, counterpart_id, requesting_government,
      field_id, summary, wished_start, wished_end, contact_name, contact_email, contact_phone, received_on,
      state, state_changed_on, is_demo, created_at, updated_at)
    VALUES (${nextReference(ctx, data.fiscalYear)}, ${c.fiscal_year}, ${c.country_code}, ${c.counterpart_id},
      ${c.requesting_government}, ${c.field_id}, ${c.summary}, ${c.wished_start}, ${c.wished_end}, ${c.contact_name},
      ${c.contact_email}, ${c.contact_phone}, ${c.received_on}, 'received', ${c.received_on}, ${demo ? 1 : 0},
      ${now}, ${now})`);
  const id = Number(lastInsertRowid);
  ctx.db.run(sql`
    INSERT INTO request_transitions (request_id, from_state, to_state, on_date, note, actor, at)
    VALUES (${id}, NULL, 'received', ${data.receivedOn}, NULL, ${ctx.actor()}, ${now})`);
  return id;
}

export function createRequest(ctx: Context, data: RequestInput): Saved {
  return ctx.db.tx(() => {
    const warnings = checkDates(ctx, data);
    const request = getRequestRecord(ctx, insertRequestRow(ctx, data, false));
    recordAudit(ctx, { entity: 'dispatch_request', entityId: request.id, action: 'create', after: request });
    return { request, warnings };
  });
}

/** The data of a request that is still open; its state moves only through transitions. */
export function updateRequest(ctx: Context, input: { id: number; version: number; data: RequestInput }): Saved {
  return ctx.db.tx(() => {
    const before = getRequestRecord(ctx, input.id);
    assertVersion(before.reference, before.version, input.version);
    if (isFinalState(before.state)) {
      conflict(`${before.reference} is ${before.state}; it can no longer be changed.`, [
        { path: 'state', code: 'request_final', params: { state: before.state } },
      ]);
    }
    const { data } = input;
    const warnings = checkDates(ctx, data);
    const counterpartId = resolve(ctx, data, before.fieldId);
    // The first move after `received` may not come before the (new) received date.
    const firstMove = ctx.db.get<{ on_date: string }>(sql`
      SELECT min(on_date) AS on_date FROM request_transitions WHERE request_id = ${input.id} AND from_state IS NOT NULL`);
    if (firstMove?.on_date && data.receivedOn > firstMove.on_date) {
      conflict(`${before.reference} moved on ${firstMove.on_date}, before ${data.receivedOn}.`, [
        { path: 'data.receivedOn', code: 'received_after_moves', params: { first: firstMove.on_date } },
      ]);
    }
    const c = columns(data, counterpartId);
    // The reference names the fiscal year, so a request moved to another year is numbered in that one.
    const reference = data.fiscalYear === before.fiscalYear ? before.reference : nextReference(ctx, data.fiscalYear);
    ctx.db.run(sql`
      UPDATE dispatch_requests SET reference = ${reference}, fiscal_year = ${c.fiscal_year},
        country_code = ${c.country_code}, counterpart_id = ${c.counterpart_id},
        requesting_government = ${c.requesting_government}, field_id = ${c.field_id}, summary = ${c.summary},
        wished_start = ${c.wished_start}, wished_end = ${c.wished_end}, contact_name = ${c.contact_name},
        contact_email = ${c.contact_email}, contact_phone = ${c.contact_phone}, received_on = ${c.received_on},
        state_changed_on = CASE WHEN state = 'received' THEN ${c.received_on} ELSE state_changed_on END,
        version = version + 1, updated_at = ${ctx.now().toISOString()}
      WHERE id = ${input.id}`);
    ctx.db.run(sql`
      UPDATE request_transitions SET on_date = ${data.receivedOn}
      WHERE request_id = ${input.id} AND from_state IS NULL`);
    const request = getRequestRecord(ctx, input.id);
    recordAudit(ctx, { entity: 'dispatch_request', entityId: input.id, action: 'update', before, after: request });
    return { request, warnings };
  });
}
