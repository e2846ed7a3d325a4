// Where each list was left (its filters, search, sort and page), so "← list" on a record's page goes
// back to the same view rather than the whole unfiltered list. Kept for the session, in memory.
const lastSearch = new Map<string, string>();

/** A list screen at `path` is showing `search` (URLSearchParams as text, without "?"). */
export function rememberListSearch(path: string, search: string): void {
  lastSearch.set(path, search);
}

/** `to` with the list's last search added, when `to` names a list and carries no search of its own. */
export function withListSearch(to: string): string {
  if (to.includes('?')) return to;
  const search = lastSearch.get(to);
  return search ? `${to}?${search}` : to;
}
