// The list's state in the URL query (#/trainees?q=…&fy=…&page=2), so links from the home page restore
// the same view too: see ui/lists/urlState.
import {
  TRAINEE_SORTS,
  TRAINEE_STATUSES,
  type TraineeListQuery,
  type TraineeStatus,
} from '../../../../shared/trainees/schema';
import { changedParams, int, oneOf, sortingOf } from '../../ui/lists/urlState';

export const PAGE_SIZE = 50;

export type Sort = (typeof TRAINEE_SORTS)[number];
export type Show = 'active' | 'archived' | 'all';

export interface ListState {
  q: string;
  fy: number | null;
  country: string | null;
  field: number | null;
  status: TraineeStatus | null;
  show: Show;
  sort: Sort;
  dir: 'asc' | 'desc';
  page: number;
}

export const DEFAULT_STATE: ListState = {
  q: '',
  fy: null,
  country: null,
  field: null,
  status: null,
  show: 'active',
  sort: 'ref',
  dir: 'asc',
  page: 1,
};

export function parseListState(params: URLSearchParams): ListState {
  return {
    q: params.get('q') ?? '',
    fy: int(params.get('fy')),
    country: /^[A-Z]{2}$/.test(params.get('country') ?? '') ? params.get('country') : null,
    field: int(params.get('field')),
    status: oneOf(params.get('status'), TRAINEE_STATUSES),
    show: oneOf(params.get('show'), ['active', 'archived', 'all'] as const) ?? 'active',
    ...sortingOf(params, TRAINEE_SORTS, DEFAULT_STATE),
  };
}

export function toSearchParams(state: ListState): URLSearchParams {
  return changedParams(state, DEFAULT_STATE);
}

export function toQuery(state: ListState): TraineeListQuery {
  return {
    search: state.q.trim(),
    fiscalYear: state.fy,
    country: state.country,
    fieldId: state.field,
    status: state.status,
    archived: state.show,
    sort: state.sort,
    dir: state.dir,
    page: state.page,
    pageSize: PAGE_SIZE,
  };
}

export const hasFilters = (s: ListState) =>
  s.q !== '' || s.fy !== null || s.country !== null || s.field !== null || s.status !== null || s.show !== 'active';
