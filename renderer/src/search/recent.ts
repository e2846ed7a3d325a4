// The records last opened from the palette, newest first, kept in this browser per data folder (two
// data folders hold different records under the same ids). Not a record of work: a convenience.
import type { SearchHit } from '../../../shared/search/schema';

const MAX = 8;
const keyFor = (dataDir: string) => `clair-desk.palette.recent:${dataDir}`;
const same = (a: SearchHit, b: SearchHit) => a.kind === b.kind && a.key === b.key;

export function readRecent(dataDir: string): SearchHit[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(keyFor(dataDir)) ?? '[]');
    return Array.isArray(parsed) ? (parsed as SearchHit[]).slice(0, MAX) : [];
  } catch {
    return [];
  }
}

export function rememberRecent(dataDir: string, hit: SearchHit): SearchHit[] {
  const next = [hit, ...readRecent(dataDir).filter((h) => !same(h, hit))].slice(0, MAX);
  try {
    localStorage.setItem(keyFor(dataDir), JSON.stringify(next));
  } catch {
    // Storage full or refused: the palette still works, it only forgets.
  }
  return next;
}

export const isSameRecord = same;
