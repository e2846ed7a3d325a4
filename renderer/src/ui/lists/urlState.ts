// A list's state in the URL query, so back/forward, reload and links restore the same view. What the
// query says is checked as it is read (anything else falls back to the default), and defaults are
// left out as it is written, to keep URLs short.
import type { SortDir } from './ListTable';

/** A whole number, or null. */
export const int = (v: string | null) => (v && /^\d+$/.test(v) ? Number(v) : null);

/** One of `list`, or null. */
export const oneOf = <T extends string>(v: string | null, list: readonly T[]): T | null =>
  v !== null && (list as readonly string[]).includes(v) ? (v as T) : null;

/** The page asked for: 1 unless the query names a later one. */
export const pageOf = (params: URLSearchParams) => Math.max(1, int(params.get('page')) ?? 1);

/** The sorting and page of a sorted list, each its default where the query does not name a valid one. */
export function sortingOf<S extends string>(
  params: URLSearchParams,
  sorts: readonly S[],
  defaults: { sort: S; dir: SortDir },
): { sort: S; dir: SortDir; page: number } {
  return {
    sort: oneOf(params.get('sort'), sorts) ?? defaults.sort,
    dir: oneOf(params.get('dir'), ['asc', 'desc'] as const) ?? defaults.dir,
    page: pageOf(params),
  };
}

type Value = string | number | boolean | null;

/**
 * The query for `state`: every field that holds something other than its default, in the order of
 * `defaults`, under its own name or the one `rename` gives it. Empty words and null are never
 * written; true is written "1".
 */
export function changedParams<S extends { [K in keyof S]: Value }>(
  state: S,
  defaults: S,
  rename: { [K in keyof S]?: string } = {},
): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(defaults) as (keyof S & string)[]) {
    const value = state[key];
    if (value === defaults[key] || value === null || value === '' || value === false) continue;
    params.set(rename[key] ?? key, value === true ? '1' : String(value));
  }
  return params;
}
