// The requests list's state lives in the URL (#/dispatch?state=approved&fy=2027&country=TH&outside=1),
// so back/forward, reload and links restore the same view. Defaults are left out to keep URLs short.
import { REQUEST_SORTS } from '../../../../shared/specialist-dispatch/schema';
import { REQUEST_STATES, type RequestState } from '../../../../shared/specialist-dispatch/workflow';
import type { RequestQuery } from '../queries';

export const PAGE_SIZE = 50;

export type RequestSort = (typeof REQUEST_SORTS)[number];

export interface RequestListState {
  q: string;
  /** The state tab; null is "all". */
  state: RequestState | null;
  fiscalYear: number | null;
  country: string | null;
  field: number | null;
  outside: boolean;
  sort: RequestSort;
  dir: 'asc' | 'desc';
  page: number;
}

export const DEFAULT_STATE: RequestListState = {
  q: '',
  state: null,
  fiscalYear: null,
  country: null,
  field: null,
  outside: false,
  sort: 'received',
  dir: 'desc',
  page: 1,
};

const int = (v: string | null) => (v && /^\d+$/.test(v) ? Number(v) : null);
const oneOf = <T extends string>(v: string | null, list: readonly T[]): T | null =>
  v !== null && (list as readonly string[]).includes(v) ? (v as T) : null;

export function parseListState(params: URLSearchParams): RequestListState {
  const fy = int(params.get('fy'));
  const country = params.get('country');
  return {
    q: params.get('q') ?? '',
    state: oneOf(params.get('state'), REQUEST_STATES),
    fiscalYear: fy !== null && fy >= 1990 && fy <= 2100 ? fy : null,
    country: country && /^[A-Z]{2}$/.test(country) ? country : null,
    field: int(params.get('field')),
    outside: params.get('outside') === '1',
    sort: oneOf(params.get('sort'), REQUEST_SORTS) ?? 'received',
    dir: params.get('dir') === 'asc' ? 'asc' : 'desc',
    page: Math.max(1, int(params.get('page')) ?? 1),
  };
}

export function toSearchParams(s: RequestListState): URLSearchParams {
  const params = new URLSearchParams();
  if (s.q) params.set('q', s.q);
  if (s.state) params.set('state', s.state);
  if (s.fiscalYear !== null) params.set('fy', String(s.fiscalYear));
  if (s.country) params.set('country', s.country);
  if (s.field !== null) params.set('field', String(s.field));
  if (s.outside) params.set('outside', '1');
  if (s.sort !== 'received') params.set('sort', s.sort);
  if (s.dir !== 'desc') params.set('dir', s.dir);
  if (s.page !== 1) params.set('page', String(s.page));
  return params;
}

/** The query without paging: the export takes the list's filters and order. */
export function toFilterQuery(s: RequestListState) {
  return {
    search: s.q.trim(),
    fiscalYear: s.fiscalYear,
    state: s.state,
    countryCode: s.country,
    fieldId: s.field,
    outsideWindow: s.outside,
    sort: s.sort,
    dir: s.dir,
  };
}

export function toQuery(s: RequestListState): RequestQuery {
  return { ...toFilterQuery(s), page: s.page, pageSize: PAGE_SIZE };
}

/** Filters besides the state tab (the tab is not a filter to clear). */
export const hasFilters = (s: RequestListState) =>
  s.q !== '' || s.fiscalYear !== null || s.country !== null || s.field !== null || s.outside;
