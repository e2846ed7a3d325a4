// A fiscal year's requests at a glance: its application window, how many came in, by state, by country
// (with the counterpart and how many arrived outside the window), by field, by month received, and the
// list of those received outside the window.
import type { Intake } from '../../../shared/specialist-dispatch/schema';
import { applicationWindow } from '../../../shared/specialist-dispatch/window';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { OUTSIDE_WINDOW, requestRows, toSummaries } from './request-list';

/** Every month from the first to the last (YYYY-MM), so a chart shows the quiet months too. */
function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 1200; guard++) {
    const month = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    out.push(month);
    if (month >= last) break;
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
  return out;
}

export function requestIntake(ctx: Context, fiscalYear: number): Intake {
  const window = applicationWindow(fiscalYear);
  const byState: Record<string, number> = {};
  let total = 0;
  for (const r of ctx.db.all<{ state: string; n: number }>(sql`
    SELECT state, count(*) AS n FROM dispatch_requests WHERE fiscal_year = ${fiscalYear} GROUP BY state`)) {
    byState[r.state] = r.n;
    total += r.n;
  }
  const byCountry = ctx.db
    .all<{
      code: string;
      name_en: string | null;
      name_ja: string | null;
      counterpart: string | null;
      n: number;
      outside: number;
    }>(sql`
      SELECT r.country_code AS code, c.name_en, c.name_ja, p.name AS counterpart, count(*) AS n,
        sum(${OUTSIDE_WINDOW}) AS outside
      FROM dispatch_requests r LEFT JOIN countries c ON c.code = r.country_code
        LEFT JOIN counterparts p ON p.country_code = r.country_code
      WHERE r.fiscal_year = ${fiscalYear}
      GROUP BY r.country_code ORDER BY coalesce(c.sort_order, 1000), r.country_code`)
    .map((r) => ({
      code: r.code,
      nameEn: r.name_en ?? r.code,
      nameJa: r.name_ja ?? r.code,
      counterpartName: r.counterpart,
      count: r.n,
      outsideWindow: r.outside,
    }));
  const byField = ctx.db
    .all<{ id: number; name_en: string; name_ja: string; n: number }>(sql`
      SELECT f.id, f.name_en, f.name_ja, count(*) AS n
      FROM dispatch_requests r JOIN expertise_fields f ON f.id = r.field_id
      WHERE r.fiscal_year = ${fiscalYear}
      GROUP BY f.id ORDER BY n DESC, f.sort_order, f.name_en`)
    .map((r) => ({ fieldId: r.id, nameEn: r.name_en, nameJa: r.name_ja, count: r.n }));
  const months = new Map(
    ctx.db
      .all<{ month: string; n: number }>(sql`
        SELECT substr(received_on, 1, 7) AS month, count(*) AS n FROM dispatch_requests
        WHERE fiscal_year = ${fiscalYear} GROUP BY month ORDER BY month`)
      .map((r) => [r.month, r.n]),
  );
  const keys = [...months.keys()];
  const byMonth =
    keys.length === 0
      ? []
      : monthsBetween(keys[0] as string, keys[keys.length - 1] as string).map((month) => ({
          month,
          count: months.get(month) ?? 0,
        }));
  const outside = requestRows(ctx, {
    search: '',
    fiscalYear,
    state: null,
    countryCode: null,
    fieldId: null,
    outsideWindow: true,
    sort: 'received',
    dir: 'asc',
  });
  return {
    fiscalYear,
    window: { first: window.first, last: window.last },
    total,
    byState,
    byCountry,
    byField,
    byMonth,
    outsideWindow: toSummaries(ctx, outside),
  };
}
