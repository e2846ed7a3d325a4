// The specialists list's state in the URL (#/dispatch/specialists?q=…&field=3&retired=retired&show=all).
import { SPECIALIST_SORTS } from '../../../../shared/specialist-dispatch/schema';
import { changedParams, int, oneOf, sortingOf } from '../../ui/lists/urlState';
import type { SpecialistQuery } from '../queries';

export const PAGE_SIZE = 50;
export type SpecialistSort = (typeof SPECIALIST_SORTS)[number];
export type Retired = 'all' | 'serving' | 'retired';
export type Show = 'active' | 'inactive' | 'all';

export interface SpecialistListState {
  q: string;
  field: number | null;
  retired: Retired;
  show: Show;
  sort: SpecialistSort;
  dir: 'asc' | 'desc';
  page: number;
}

export const DEFAULT_STATE: SpecialistListState = {
  q: '',
  field: null,
  retired: 'all',
  show: 'active',
  sort: 'name',
  dir: 'asc',
  page: 1,
};

export function parseListState(params: URLSearchParams): SpecialistListState {
  return {
    q: params.get('q') ?? '',
    field: int(params.get('field')),
    retired: oneOf(params.get('retired'), ['all', 'serving', 'retired'] as const) ?? 'all',
    show: oneOf(params.get('show'), ['active', 'inactive', 'all'] as const) ?? 'active',
    ...sortingOf(params, SPECIALIST_SORTS, DEFAULT_STATE),
  };
}

export function toSearchParams(s: SpecialistListState): URLSearchParams {
  return changedParams(s, DEFAULT_STATE);
}

export function toQuery(s: SpecialistListState): SpecialistQuery {
  return {
    search: s.q.trim(),
    fieldId: s.field,
    retired: s.retired,
    active: s.show,
    sort: s.sort,
    dir: s.dir,
    page: s.page,
    pageSize: PAGE_SIZE,
  };
}

export const hasFilters = (s: SpecialistListState) =>
  s.q !== '' || s.field !== null || s.retired !== 'all' || s.show !== 'active';
