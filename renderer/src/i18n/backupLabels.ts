// How backups read on screen: sizes in the unit that suits them, record counts in words, the date with
// its fiscal year. Here rather than in backup/, because the recovery screen lists the same backups.
// Pure, so it is tested without a browser.
import type { TFunction } from 'i18next';
import type { BackupInfo, RecordCounts } from '../../../shared/backup/schema';
import { fiscalYearOf } from '../../../shared/fiscal-year';
import type { Language } from '../../../shared/settings/schema';
import { fyLabel } from './format';

const UNITS = ['B', 'KB', 'MB', 'GB'] as const;

/** 1536 → { unit: 'KB', n: '1.5' }: powers of 1024, one decimal below 10, none above. */
export function sizeParts(bytes: number): { unit: (typeof UNITS)[number]; n: string } {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const n = unit === 0 || value >= 10 ? String(Math.round(value)) : value.toFixed(1);
  return { unit: UNITS[unit] ?? 'GB', n };
}

export function sizeText(t: TFunction, bytes: number): string {
  const { unit, n } = sizeParts(bytes);
  return t(`backup.size.${unit}`, { n });
}

/** The counts a person recognises a backup by: "120 trainees · 34 hosts · 80 placements · 412 progress entries". */
export const SUMMARY_COUNTS = ['trainees', 'hosts', 'placements', 'progressEntries'] as const;
export const ALL_COUNTS = ['trainees', 'hosts', 'placements', 'progressEntries', 'cohorts', 'auditEntries'] as const;

export function countsText(t: TFunction, counts: RecordCounts): string {
  // Each count stays on one line (no-break spaces); lines break between them.
  return SUMMARY_COUNTS.map((key) => t(`backup.count.${key}`, { count: counts[key] }).replace(/ /g, '\u00a0')).join(
    ' · ',
  );
}

/** Local date and time to the minute, and the fiscal year of that local date. */
export function madeAt(iso: string, lang: Language): { when: string; fy: string } {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return { when: iso, fy: '' };
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return { when: `${day} ${pad(d.getHours())}:${pad(d.getMinutes())}`, fy: fyLabel(fiscalYearOf(day), lang) };
}

type Params = Record<string, string | number>;

/**
 * A schema difference's objects in words (the core sends the first few, one a line as "kind type name",
 * and how many there are): "table “placements” is missing, index “x” is different, and 2 more".
 */
export function schemaDifferencesText(t: TFunction, params: Params | undefined): string {
  const lines = String(params?.objects ?? '')
    .split('\n')
    .filter(Boolean);
  const named = lines.map((line) => {
    const [kind = '', type = '', ...name] = line.split(' ');
    const typeWord = t(`backup.schema.type.${type}`, { defaultValue: type });
    return t(`backup.schema.${kind}`, { type: typeWord, name: name.join(' '), defaultValue: line });
  });
  const more = Number(params?.count ?? lines.length) - lines.length;
  if (more > 0) named.push(t('backup.schema.more', { count: more }));
  return named.join(t('backup.schema.separator'));
}

/** The words' parameters, with a schema difference's objects put in words as `list`. */
export function problemParams(t: TFunction, params: Params | undefined): Params {
  return params?.objects === undefined ? { ...params } : { ...params, list: schemaDifferencesText(t, params) };
}

/** A refusal's words; an unknown code falls back to a general sentence, never a raw key. */
export function problemText(t: TFunction, problem: { code: string; params?: Params }): string {
  return t(`backup.problem.${problem.code}`, {
    ...problemParams(t, problem.params),
    defaultValue: t('backup.problem.unknown'),
  });
}

export function kindText(t: TFunction, backup: Pick<BackupInfo, 'kind'>): string {
  return t(`backup.kind.${backup.kind}`);
}
