// The selection of a list for its bulk actions, one for every list: rows chosen by checkbox (Shift+click
// for a range is the table's own), or "every record the filters match", which the core resolves when it
// acts. Ticked rows stay across pages and searches, so a selection can gather records from several;
// "all matching" is dropped when anything but the page changes, as it then means other records.
import { useEffect, useMemo, useReducer } from 'react';

/** The paging and order of a list's query: not part of what "every record the filters match" means. */
type Paging = 'page' | 'pageSize' | 'sort' | 'dir';

/** What an action sends the core: the ids ticked, or the filters with the count the person was shown. */
export type BulkChoice<F> = { ids: number[] } | { query: F; expected: number };

/** `C`: what the list's actions send (each feature's own `…Selection` of its contract). */
export interface BulkSelection<T, C = BulkChoice<unknown>> {
  rows: T[];
  /** Every record the filters match, not only the rows ticked. */
  allMatching: boolean;
  setRows: (rows: T[]) => void;
  selectAllMatching: () => void;
  clear: () => void;
  /** Records the filters match (every page). */
  total: number;
  /** How many records an action is for. */
  count: number;
  /** Something is selected: the bar shows. */
  active: boolean;
  /** Every row of the page shown is ticked: then the bar offers to take every match. */
  pageAll: boolean;
  /** The rows a confirmation names: those ticked, or the page shown when every match is chosen. */
  named: T[];
  /** The ids of the rows ticked (an export of the selection). */
  ids: number[];
  choice: C;
}

export interface Picked<T> {
  rows: T[];
  allMatching: boolean;
}

export type PickAction<T> = { type: 'rows'; rows: T[] } | { type: 'allMatching' } | { type: 'clear' | 'filters' };

const NOTHING = { rows: [], allMatching: false };

/** How the ticks change: choosing rows by hand takes back "all matching"; new filters drop it. */
export function pick<T>(state: Picked<T>, action: PickAction<T>): Picked<T> {
  switch (action.type) {
    case 'rows':
      return { rows: action.rows, allMatching: false };
    case 'allMatching':
      return { ...state, allMatching: true };
    case 'filters':
      return state.allMatching ? { ...state, allMatching: false } : state;
    case 'clear':
      return NOTHING;
  }
}

/** What a list's actions need to know of the ticks, given the page shown and the list's query. */
export function describeSelection<T extends { id: number }, Q extends object>(
  picked: Picked<T>,
  query: Q,
  shown: { rows: T[]; total: number },
) {
  const { page: _page, pageSize: _size, sort: _sort, dir: _dir, ...filters } = query as Q & Record<Paging, unknown>;
  const ids = picked.rows.map((r) => r.id);
  const ticked = new Set(ids);
  const count = picked.allMatching ? shown.total : ids.length;
  const choice: BulkChoice<Omit<Q, Paging>> = picked.allMatching ? { query: filters, expected: shown.total } : { ids };
  return {
    total: shown.total,
    count,
    active: ids.length > 0 || picked.allMatching,
    pageAll: shown.rows.length > 0 && shown.rows.every((r) => ticked.has(r.id)),
    named: picked.allMatching ? shown.rows : picked.rows,
    ids,
    choice,
  };
}

interface Options<T, Q> {
  /** The list's state: a change of anything in it but the page drops "all matching". */
  state: { page: number };
  /** The list's query: its filters are what "all matching" sends; paging and order are left out. */
  query: Q;
  /** The answer shown, once there is one: the page's rows and how many the filters match. */
  shown: { rows: T[]; total: number } | undefined;
}

const NONE_SHOWN = { rows: [], total: 0 };

export function useBulkSelection<T extends { id: number }, Q extends object>({
  state,
  query,
  shown,
}: Options<T, Q>): BulkSelection<T, BulkChoice<Omit<Q, Paging>>> {
  const [picked, dispatch] = useReducer(pick<T>, NOTHING);
  const { page: _page, ...filterState } = state;
  const filterKey = JSON.stringify(filterState);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key is what the effect follows.
  useEffect(() => dispatch({ type: 'filters' }), [filterKey]);
  // The same functions on every render, so a memoised table is not drawn again for them.
  const actions = useMemo(
    () => ({
      setRows: (rows: T[]) => dispatch({ type: 'rows', rows }),
      selectAllMatching: () => dispatch({ type: 'allMatching' }),
      clear: () => dispatch({ type: 'clear' }),
    }),
    [],
  );
  return { ...picked, ...describeSelection(picked, query, shown ?? NONE_SHOWN), ...actions };
}
