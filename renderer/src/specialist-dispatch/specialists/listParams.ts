// The specialists list's state in the URL (#/dispatch/specialists?q=…&field=3&retired=retired&show=all).
import { SPECIALIST_SORTS } from '../../../../shared/specialist-dispatch/schema';
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

const int = (v: string | null) => (v && /^\d+$/.test(v) ? Number(v) : null);
const oneOf = <T extends string>(v: string | null, list: readonly T[]): T | null =>
  v !== null && (list as readonly string[]).includes(v) ? (v as T) : null;

export function parseListState(params: URLSearchParams): SpecialistListState {
  return {
    q: params.get('q') ?? '',
    field: int(params.get('field')),
    retired: oneOf(params.get('retired'), ['all', 'serving', 'retired'] as const) ?? 'all',
    show: oneOf(params.get('show'), ['active', 'inactive', 'all'] as const) ?? 'active',
    sort: oneOf(params.get('sort'), SPECIALIST_SORTS) ?? 'name',
    dir: params.get('dir') === 'desc' ? 'desc' : 'asc',
    page: Math.max(1, int(params.get('page')) ?? 1),
  };
}

export function toSearchParams(s: SpecialistListState): URLSearchParams {
  const params = new URLSearchParams();
  if (s.q) params.set('q', s.q);
  if (s.field !== null) params.set('field', String(s.field));
  if (s.retired !== 'all') params.set('retired', s.retired);
  if (s.show !== 'active') params.set('show', s.show);
  if (s.sort !== 'name') params.set('sort', s.sort);
  if (s.dir !== 'asc') params.set('dir', s.dir);
  if (s.page !== 1) params.set('page', String(s.page));
  return params;
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
