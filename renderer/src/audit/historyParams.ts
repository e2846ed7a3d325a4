// The History screen's state lives in the URL (#/history?actor=…&entity=trainee&entityId=12&page=2),
// so a record's page can link to its own history, and back/forward and reload keep the view.
import type { Input } from '../../../shared/contract';
import { isIsoDate } from '../../../shared/fiscal-year';
import { changedParams } from '../ui/lists/urlState';

export const PAGE_SIZE = 50;

export interface HistoryState {
  actor: string | null;
  entity: string | null;
  entityId: string | null;
  action: string | null;
  /** Local calendar days, inclusive, YYYY-MM-DD. */
  from: string | null;
  to: string | null;
  text: string;
  page: number;
}

export const DEFAULT_STATE: HistoryState = {
  actor: null,
  entity: null,
  entityId: null,
  action: null,
  from: null,
  to: null,
  text: '',
  page: 1,
};

const short = (v: string | null, max: number) => (v && v.length <= max ? v : null);
const day = (v: string | null) => (v && isIsoDate(v) ? v : null);

export function parseHistoryState(params: URLSearchParams): HistoryState {
  const page = Number(params.get('page'));
  return {
    actor: short(params.get('actor'), 120),
    entity: short(params.get('entity'), 40),
    entityId: short(params.get('entityId'), 40),
    action: short(params.get('action'), 40),
    from: day(params.get('from')),
    to: day(params.get('to')),
    text: (params.get('q') ?? '').slice(0, 200),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

export function toSearchParams(s: HistoryState): URLSearchParams {
  return changedParams(s, DEFAULT_STATE, { text: 'q' });
}

/** Midnight at the start of a local calendar day, as an instant. */
function localMidnight(date: string, addDays = 0): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + addDays).toISOString();
}

/** The core's query: the days become instants of this computer's time zone, the last day included. */
export function toQuery(s: HistoryState): Input<'audit.search'> {
  return {
    ...(s.actor ? { actor: s.actor } : {}),
    ...(s.entity ? { entity: s.entity } : {}),
    ...(s.entityId ? { entityId: s.entityId } : {}),
    ...(s.action ? { action: s.action } : {}),
    ...(s.from ? { since: localMidnight(s.from) } : {}),
    ...(s.to ? { until: localMidnight(s.to, 1) } : {}),
    ...(s.text.trim() ? { text: s.text.trim() } : {}),
    page: s.page,
    pageSize: PAGE_SIZE,
  };
}

export const hasFilters = (s: HistoryState) =>
  s.actor !== null ||
  s.entity !== null ||
  s.entityId !== null ||
  s.action !== null ||
  s.from !== null ||
  s.to !== null ||
  s.text.trim() !== '';
