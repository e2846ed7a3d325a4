// Reading dispatch requests as the contract shapes them: the record with its window position and
// counterpart's name, and the detail with the recorded transitions, the dispatches and the next moves.
import type { DispatchRequest, RequestDetail } from '../../../shared/specialist-dispatch/schema';
import { windowPosition } from '../../../shared/specialist-dispatch/window';
import { allowedTransitions, type RequestState, TRANSITION_NEEDS } from '../../../shared/specialist-dispatch/workflow';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { bool, notFound } from './failures';
import { dispatchRows } from './specialist-rows';

export interface RequestRow {
  id: number;
  reference: string;
  fiscal_year: number;
  country_code: string;
  counterpart_id: number | null;
  counterpart_name: string | null;
  requesting_government: string;
  field_id: number;
  summary: string;
  wished_start: string | null;
  wished_end: string | null;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  received_on: string;
  state: RequestState;
  state_changed_on: string;
  reason: string | null;
  outcome: string | null;
  is_demo: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export const REQUEST_SELECT = sql`
  SELECT r.*, p.name AS counterpart_name
  FROM dispatch_requests r LEFT JOIN counterparts p ON p.id = r.counterpart_id`;

export function toRequest(r: RequestRow): DispatchRequest {
  return {
    id: r.id,
    reference: r.reference,
    fiscalYear: r.fiscal_year,
    countryCode: r.country_code,
    counterpartId: r.counterpart_id,
    counterpartName: r.counterpart_name,
    requestingGovernment: r.requesting_government,
    fieldId: r.field_id,
    summary: r.summary,
    wishedStart: r.wished_start,
    wishedEnd: r.wished_end,
    contactName: r.contact_name,
    contactEmail: r.contact_email,
    contactPhone: r.contact_phone,
    receivedOn: r.received_on,
    window: windowPosition(r.received_on, r.fiscal_year),
    state: r.state,
    stateChangedOn: r.state_changed_on,
    reason: r.reason,
    outcome: r.outcome,
    isDemo: bool(r.is_demo),
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function getRequestRecord(ctx: Context, id: number): DispatchRequest {
  const row = ctx.db.get<RequestRow>(sql`${REQUEST_SELECT} WHERE r.id = ${id}`);
  return row ? toRequest(row) : notFound('Request', id);
}

/** The date of the request's latest move (its received date for a new one). */
export function lastTransitionOn(ctx: Context, id: number): string | null {
  return (
    ctx.db.get<{ on_date: string }>(sql`
      SELECT on_date FROM request_transitions WHERE request_id = ${id} ORDER BY on_date DESC, id DESC LIMIT 1`)
      ?.on_date ?? null
  );
}

export function getRequestDetail(ctx: Context, id: number): RequestDetail {
  const request = getRequestRecord(ctx, id);
  const transitions = ctx.db
    .all<{
      id: number;
      from_state: RequestState | null;
      to_state: RequestState;
      on_date: string;
      note: string | null;
      actor: string;
      at: string;
    }>(
      sql`SELECT id, from_state, to_state, on_date, note, actor, at FROM request_transitions
          WHERE request_id = ${id} ORDER BY id`,
    )
    .map((t) => ({
      id: t.id,
      from: t.from_state,
      to: t.to_state,
      on: t.on_date,
      note: t.note,
      actor: t.actor,
      at: t.at,
    }));
  return {
    request,
    transitions,
    dispatches: dispatchRows(ctx, sql`d.request_id = ${id}`, 'matched'),
    next: allowedTransitions(request.state).map((to) => ({ to, needs: [...TRANSITION_NEEDS[to]] })),
  };
}
