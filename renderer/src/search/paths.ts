// Where each kind of record found by the palette opens, and the words it is matched by locally.
import type { SearchHit, SearchKind } from '../../../shared/search/schema';
import { searchKey } from '../../../shared/text/normalize';

const PATHS: Record<SearchKind, (key: number) => string> = {
  trainee: (id) => `/trainees/${id}`,
  host: (id) => `/hosts/${id}`,
  specialist: (id) => `/dispatch/specialists/${id}`,
  request: (id) => `/dispatch/requests/${id}`,
  cohort: (fiscalYear) => `/cohorts/${fiscalYear}`,
};

export const recordPath = (hit: Pick<SearchHit, 'kind' | 'key'>) => PATHS[hit.kind](hit.key);

/** Every word typed appears in the text, folded as the lists fold it (any script, any kana). */
export function matches(query: string, ...texts: (string | null | undefined)[]): boolean {
  const words = searchKey(query).split(' ').filter(Boolean);
  const key = searchKey(texts.filter(Boolean).join(' '));
  return words.every((word) => key.includes(word));
}
