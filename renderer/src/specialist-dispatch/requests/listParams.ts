// The requests list's state in the URL (#/dispatch?state=approved&fy=2027&country=TH&outside=1): see
// ui/lists/urlState.
import { REQUEST_SORTS } from '../../../../shared/specialist-dispatch/schema';
import { REQUEST_STATES, type RequestState } from '../../../../shared/specialist-dispatch/workflow';
import { changedParams, int, oneOf, sortingOf } from '../../ui/lists/urlState';
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
    ...sortingOf(params, REQUEST_SORTS, DEFAULT_STATE),
  };
}

export function toSearchParams(s: RequestListState): URLSearchParams {
  return changedParams(s, DEFAULT_STATE, { fiscalYear: 'fy' });
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
