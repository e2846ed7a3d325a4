// The register's state in the URL (#/documents?fy=2026&kind=acceptance&q=cebu): see ui/lists/urlState.
import { DOCUMENT_KINDS, type DocumentKind, REGISTER_SORTS } from '../../../shared/documents/schema';
import { changedParams, int, oneOf, sortingOf } from '../ui/lists/urlState';

export const PAGE_SIZE = 50;

export type RegisterSort = (typeof REGISTER_SORTS)[number];

export interface RegisterState {
  q: string;
  fiscalYear: number | null;
  kind: DocumentKind | null;
  sort: RegisterSort;
  dir: 'asc' | 'desc';
  page: number;
}

export const DEFAULT_STATE: RegisterState = {
  q: '',
  fiscalYear: null,
  kind: null,
  sort: 'number',
  dir: 'desc',
  page: 1,
};

export function parseRegisterState(params: URLSearchParams): RegisterState {
  const fy = int(params.get('fy'));
  return {
    q: params.get('q') ?? '',
    fiscalYear: fy !== null && fy >= 1990 && fy <= 2100 ? fy : null,
    kind: oneOf(params.get('kind'), DOCUMENT_KINDS),
    ...sortingOf(params, REGISTER_SORTS, DEFAULT_STATE),
  };
}

export function toSearchParams(s: RegisterState): URLSearchParams {
  return changedParams(s, DEFAULT_STATE, { fiscalYear: 'fy' });
}

/** The query without paging: the export and the printed register take the list's filters and order. */
export function toFilterQuery(s: RegisterState) {
  return { search: s.q.trim(), fiscalYear: s.fiscalYear, kind: s.kind, sort: s.sort, dir: s.dir };
}

export const toQuery = (s: RegisterState) => ({ ...toFilterQuery(s), page: s.page, pageSize: PAGE_SIZE });

export const hasFilters = (s: RegisterState) => s.q !== '' || s.fiscalYear !== null || s.kind !== null;
