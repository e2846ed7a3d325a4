// One page of a list: where it starts, and how many rows match in all. A first page that is not full
// already holds every match, so it needs no second query to count them.
import type { Db } from './database';
import type { Sql } from './sql';

export interface PageQuery {
  page: number;
  pageSize: number;
}

export const pageOffset = (q: PageQuery): number => (q.page - 1) * q.pageSize;

/** The number of matches in all; `count` is the list's `SELECT count(*) AS n …` with the same filters. */
export function pageTotal(db: Db, q: PageQuery, shown: number, count: Sql): number {
  if (pageOffset(q) === 0 && shown < q.pageSize) return shown;
  return db.get<{ n: number }>(count)?.n ?? 0;
}
