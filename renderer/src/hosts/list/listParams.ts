// The directory's state lives in the URL query (#/hosts?q=…&pref=13&page=2), so back/forward, reload
// and links restore the same view. Defaults are left out to keep URLs short.
import { HOST_KINDS, HOST_SORTS, type HostKind } from '../../../../shared/hosts/schema';
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

const int = (v: string | null) => (v && /^\d+$/.test(v) ? Number(v) : null);
const oneOf = <T extends string>(v: string | null, list: readonly T[]): T | null =>
  v !== null && (list as readonly string[]).includes(v) ? (v as T) : null;

export function parseListState(params: URLSearchParams): HostListState {
  const pref = int(params.get('pref'));
  return {
    q: params.get('q') ?? '',
    prefecture: pref !== null && pref >= 1 && pref <= 47 ? pref : null,
    field: int(params.get('field')),
    kind: oneOf(params.get('kind'), HOST_KINDS),
    show: oneOf(params.get('show'), ['active', 'inactive', 'all'] as const) ?? 'active',
    sort: oneOf(params.get('sort'), HOST_SORTS) ?? 'name',
    dir: params.get('dir') === 'desc' ? 'desc' : 'asc',
    page: Math.max(1, int(params.get('page')) ?? 1),
  };
}

export function toSearchParams(state: HostListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.prefecture !== null) params.set('pref', String(state.prefecture));
  if (state.field !== null) params.set('field', String(state.field));
  if (state.kind) params.set('kind', state.kind);
  if (state.show !== 'active') params.set('show', state.show);
  if (state.sort !== 'name') params.set('sort', state.sort);
  if (state.dir !== 'asc') params.set('dir', state.dir);
  if (state.page !== 1) params.set('page', String(state.page));
  return params;
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
