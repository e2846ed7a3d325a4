// The directory's state in the URL query (#/hosts?q=…&pref=13&page=2): see ui/lists/urlState.
import { HOST_KINDS, HOST_SORTS, type HostKind } from '../../../../shared/hosts/schema';
import { changedParams, int, oneOf, sortingOf } from '../../ui/lists/urlState';
import type { HostQuery } from '../queries';

export const PAGE_SIZE = 50;

export type HostSort = (typeof HOST_SORTS)[number];
export type HostShow = 'active' | 'inactive' | 'all';

export interface HostListState {
  q: string;
  prefecture: number | null;
  field: number | null;
  kind: HostKind | null;
  show: HostShow;
  sort: HostSort;
  dir: 'asc' | 'desc';
  page: number;
}

export const DEFAULT_STATE: HostListState = {
  q: '',
  prefecture: null,
  field: null,
  kind: null,
  show: 'active',
  sort: 'name',
  dir: 'asc',
  page: 1,
};

export function parseListState(params: URLSearchParams): HostListState {
  const pref = int(params.get('pref'));
  return {
    q: params.get('q') ?? '',
    prefecture: pref !== null && pref >= 1 && pref <= 47 ? pref : null,
    field: int(params.get('field')),
    kind: oneOf(params.get('kind'), HOST_KINDS),
    show: oneOf(params.get('show'), ['active', 'inactive', 'all'] as const) ?? 'active',
    ...sortingOf(params, HOST_SORTS, DEFAULT_STATE),
  };
}

export function toSearchParams(state: HostListState): URLSearchParams {
  return changedParams(state, DEFAULT_STATE, { prefecture: 'pref' });
}

export function toQuery(state: HostListState): HostQuery {
  return {
    search: state.q.trim(),
    prefecture: state.prefecture,
    fieldId: state.field,
    kind: state.kind,
    active: state.show,
    sort: state.sort,
    dir: state.dir,
    page: state.page,
    pageSize: PAGE_SIZE,
  };
}

export const hasFilters = (s: HostListState) =>
  s.q !== '' || s.prefecture !== null || s.field !== null || s.kind !== null || s.show !== 'active';
