// INSERT and UPDATE statements from a column map. Column names come from our own code (never from
// input), so they are spliced in; every value is still a bound parameter.
import type { Sql } from './sql';

const NAME = /^[a-z_][a-z0-9_]*$/;

function names(columns: Record<string, unknown>): string[] {
  const keys = Object.keys(columns);
  for (const key of keys) if (!NAME.test(key)) throw new Error(`bad column name: ${key}`);
  return keys;
}

export function insertInto(table: string, columns: Record<string, unknown>): Sql {
  const keys = names({ [table]: 0, ...columns }).slice(1);
  return {
    text: `INSERT INTO ${table} (${keys.join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`,
    params: keys.map((k) => columns[k]),
  };
}

export function updateSet(table: string, columns: Record<string, unknown>, where: Sql): Sql {
  const keys = names({ [table]: 0, ...columns }).slice(1);
  return {
    text: `UPDATE ${table} SET ${keys.map((k) => `${k} = ?`).join(', ')} WHERE ${where.text}`,
    params: [...keys.map((k) => columns[k]), ...where.params],
  };
}
