// The list's state lives in the URL query (#/trainees?q=…&fy=…&page=2), so back/forward, reload and
// links from the home page all restore the same view. Defaults are left out to keep URLs short.
import {
  TRAINEE_SORTS,
  TRAINEE_STATUSES,
  type TraineeListQuery,
  type TraineeStatus,
} from '../../../../shared/trainees/schema';

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

const int = (v: string | null) => (v && /^\d+$/.test(v) ? Number(v) : null);
const oneOf = <T extends string>(v: string | null, list: readonly T[]): T | null =>
  v !== null && (list as readonly string[]).includes(v) ? (v as T) : null;

export function parseListState(params: URLSearchParams): ListState {
  return {
    q: params.get('q') ?? '',
    fy: int(params.get('fy')),
    country: /^[A-Z]{2}$/.test(params.get('country') ?? '') ? params.get('country') : null,
    field: int(params.get('field')),
    status: oneOf(params.get('status'), TRAINEE_STATUSES),
    show: oneOf(params.get('show'), ['active', 'archived', 'all'] as const) ?? 'active',
    sort: oneOf(params.get('sort'), TRAINEE_SORTS) ?? 'ref',
    dir: params.get('dir') === 'desc' ? 'desc' : 'asc',
    page: Math.max(1, int(params.get('page')) ?? 1),
  };
}

export function toSearchParams(state: ListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.fy !== null) params.set('fy', String(state.fy));
  if (state.country) params.set('country', state.country);
  if (state.field !== null) params.set('field', String(state.field));
  if (state.status) params.set('status', state.status);
  if (state.show !== 'active') params.set('show', state.show);
  if (state.sort !== 'ref') params.set('sort', state.sort);
  if (state.dir !== 'asc') params.set('dir', state.dir);
  if (state.page !== 1) params.set('page', String(state.page));
  return params;
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
