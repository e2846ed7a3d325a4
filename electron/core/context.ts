// What every service gets: the database, who is acting, and the clock (tests fix both).
import type { Db } from './db/database';

export interface Context {
  db: Db;
  /** The staff member's name, stored with every change. */
  actor(): string;
  now(): Date;
}
