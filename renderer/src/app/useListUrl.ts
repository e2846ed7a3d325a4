// A list screen's filters, sort and page live in the URL: filters and sorting add a history entry
// (back undoes them), typing in the search box replaces the current one, and any change but the page
// goes back to page 1. The latest state is read through a ref so the callbacks stay stable.
import { useCallback, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';

export interface ListUrl<S> {
  state: S;
  params: URLSearchParams;
  /** Replaces the whole state (a "clear filters" button). */
  reset: (state: S) => void;
  update: (patch: Partial<S>, replace?: boolean) => void;
  /** The state a search for `q` leads to (for asking the core before the URL changes). */
  searched: (q: string) => S;
  onSort: (sort: S extends { sort: infer T } ? T : never, dir: 'asc' | 'desc') => void;
  onPage: (page: number) => void;
}

export function useListUrl<S extends { page: number; q: string }>(
  parse: (params: URLSearchParams) => S,
  toParams: (state: S) => URLSearchParams,
): ListUrl<S> {
  const [params, setParams] = useSearchParams();
  const state = parse(params);
  const latest = useRef(state);
  latest.current = state;
  const update = useCallback(
    (patch: Partial<S>, replace = false) => setParams(toParams({ ...latest.current, page: 1, ...patch }), { replace }),
    [setParams, toParams],
  );
  const searched = useCallback((q: string) => ({ ...latest.current, page: 1, q }), []);
  const onSort = useCallback(
    (sort: S extends { sort: infer T } ? T : never, dir: 'asc' | 'desc') =>
      update({ sort, dir } as unknown as Partial<S>),
    [update],
  );
  const onPage = useCallback((page: number) => setParams(toParams({ ...latest.current, page })), [setParams, toParams]);
  const reset = useCallback((next: S) => setParams(toParams(next)), [setParams, toParams]);
  return { state, params, reset, update, searched, onSort, onPage };
}
