// Japanese fiscal years run 1 April – 31 March and are named by the year they start in:
// FY2026 = 1 Apr 2026 – 31 Mar 2027. Dates here are ISO strings (YYYY-MM-DD), no time zone.

export type IsoDate = string;

export function fiscalYearOf(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month >= 4 ? year : year - 1;
}

export function fiscalYearRange(fy: number): { start: IsoDate; end: IsoDate } {
  return { start: `${fy}-04-01`, end: `${fy + 1}-03-31` };
}

/** Today's date in the local time zone, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): IsoDate {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function currentFiscalYear(now: Date = new Date()): number {
  return fiscalYearOf(todayIso(now));
}

/**
 * The fiscal year in the Japanese era, e.g. 令和8年度 for FY2026. A year in which the era changed is
 * named by the era that holds most of it (read on 1 October), as documents written since then name it:
 * FY2019 is 令和元年度 (not 平成31年度), FY1988 stays 昭和63年度.
 */
export function japaneseEraFiscalYear(fy: number): string {
  const parts = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric' }).formatToParts(
    new Date(Date.UTC(fy, 9, 1, 12)),
  );
  const era = parts.find((p) => p.type === 'era')?.value ?? '';
  const year = parts.find((p) => p.type === 'year')?.value ?? String(fy);
  return `${era}${year === '1' ? '元' : year}年度`;
}

/** "FY2026" in English; "2026年度（令和8年度）" in Japanese. */
export function formatFiscalYear(fy: number, lang: 'en' | 'ja'): string {
  return lang === 'ja' ? `${fy}年度（${japaneseEraFiscalYear(fy)}）` : `FY${fy}`;
}

/** True when the string is a real calendar date in YYYY-MM-DD form (leap years included). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** What a cohort needs to say for the working year: its year and the last day of its programme. */
export interface CohortSpan {
  fiscalYear: number;
  programmeEnd: IsoDate;
}

/**
 * The fiscal year being worked on, which new records default to: the latest year whose cohort's
 * programme has not ended yet, when that is later than the current year (the cohort being prepared,
 * created months before its April), else the current fiscal year. A cohort long finished never pulls
 * the default back, and one created ahead pulls it forward as soon as it exists.
 */
export function workingFiscalYear(cohorts: readonly CohortSpan[], today: IsoDate = todayIso()): number {
  let fy = fiscalYearOf(today);
  for (const c of cohorts) if (c.programmeEnd >= today && c.fiscalYear > fy) fy = c.fiscalYear;
  return fy;
}
