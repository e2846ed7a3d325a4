// A list screen's filters, sort and page live in the URL: filters and sorting add a history entry
// (back undoes them), typing in the search box replaces the current one, and any change but the page
// goes back to page 1. The latest state is read through a ref so the callbacks stay stable.
import { type FetchQueryOptions, type QueryKey, type UseQueryResult, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';
import type { SortDir, SortedRows } from '../ui/lists/ListTable';
import { rememberListSearch } from '../ui/lists/lastListUrl';

type SortOf<S> = S extends { sort: infer T } ? T : never;

export interface ListUrl<S> {
  state: S;
  params: URLSearchParams;
  /** Replaces the whole state. */
  reset: (state: S) => void;
  update: (patch: Partial<S>, replace?: boolean) => void;
  /** The state a change leads to (for asking the core before the URL changes). */
  next: (patch: Partial<S>) => S;
  /** "Clear filters": back to the defaults, keeping the sorting where the list has one. */
  clearFilters: () => void;
  onSort: (sort: SortOf<S>, dir: SortDir) => void;
  onPage: (page: number) => void;
}

export function useListUrl<S extends { page: number }>(
  parse: (params: URLSearchParams) => S,
  toParams: (state: S) => URLSearchParams,
  defaults: S,
): ListUrl<S> {
  const [params, setParams] = useSearchParams();
  const { pathname } = useLocation();
  const state = parse(params);
  // A record's "← list" link returns to this view (ui/lists/lastListUrl.ts).
  const search = params.toString();
  useEffect(() => rememberListSearch(pathname, search), [pathname, search]);
  const latest = useRef(state);
  latest.current = state;
  const next = useCallback((patch: Partial<S>) => ({ ...latest.current, page: 1, ...patch }), []);
  const update = useCallback(
    (patch: Partial<S>, replace = false) => setParams(toParams(next(patch)), { replace }),
    [setParams, toParams, next],
  );
  const onSort = useCallback(
    (sort: SortOf<S>, dir: SortDir) => update({ sort, dir } as unknown as Partial<S>),
    [update],
  );
  const onPage = useCallback((page: number) => setParams(toParams({ ...latest.current, page })), [setParams, toParams]);
  const reset = useCallback((state: S) => setParams(toParams(state)), [setParams, toParams]);
  const clearFilters = useCallback(() => reset({ ...defaults, ...keptSorting(latest.current) }), [reset, defaults]);
  return { state, params, reset, update, next, clearFilters, onSort, onPage };
}

/** The sorting of a sorted list's state; nothing for a list without one. */
const keptSorting = (state: object) => ('sort' in state && 'dir' in state ? { sort: state.sort, dir: state.dir } : {});

/**
 * The search box's handler (see ui/lists/useSearchInput): the words replace the URL's (typing is not a
 * step back), and where `ask` names the list's query, the core is asked at once, while the URL update
 * and re-render follow; the promise returned settles when that answer is in.
 */
export function useListSearch<S extends { page: number; q: string }, T, K extends QueryKey>(
  list: ListUrl<S>,
  ask?: (state: S) => FetchQueryOptions<T, Error, T, K>,
): (q: string) => Promise<unknown> | undefined {
  const client = useQueryClient();
  const askRef = useRef(ask);
  askRef.current = ask;
  const { next, update } = list;
  return useCallback(
    (q: string) => {
      const query = askRef.current?.(next({ q } as Partial<S>));
      const answer = query ? client.prefetchQuery(query) : undefined;
      update({ q } as Partial<S>, true);
      return answer;
    },
    [client, next, update],
  );
}

const NO_ROWS: never[] = [];

/** What a sorted list page hands its table (ui/lists/ListTable): the page of rows and the callbacks. */
export function sortedRows<S extends { page: number; sort: string; dir: SortDir }, T>(
  list: ListUrl<S>,
  query: UseQueryResult<{ rows: T[]; total: number }>,
  filtered: boolean,
): SortedRows<T, SortOf<S>> {
  return {
    rows: query.data?.rows ?? NO_ROWS,
    total: query.data?.total ?? 0,
    page: list.state.page,
    sort: list.state.sort as SortOf<S>,
    dir: list.state.dir,
    pending: query.isPending,
    failed: query.isError,
    filtered,
    onClearFilters: list.clearFilters,
    onPage: list.onPage,
    onSort: list.onSort,
  };
}
