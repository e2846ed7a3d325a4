// Select options the dispatch screens share: fiscal years (newest first, up to the next window's),
// fields of expertise in the UI language, and countries.

import { todayIso } from '../../../shared/fiscal-year';
import type { Language } from '../../../shared/settings/schema';
import type { ExpertiseField } from '../../../shared/specialist-dispatch/schema';
import { upcomingWindow } from '../../../shared/specialist-dispatch/window';
import { nameOf } from '../api/reference';
import { fyLabel } from '../i18n/format';

export const FIRST_YEAR = 1995;

/** The fiscal year whose window is open today, or opens next: a new request's default target. */
export const upcomingFiscalYear = (today = todayIso()) => upcomingWindow(today).fiscalYear;

export function yearOptions(lang: Language, today = todayIso()) {
  const last = upcomingFiscalYear(today) + 1;
  const years: { value: string; label: string }[] = [];
  for (let fy = last; fy >= FIRST_YEAR; fy--) years.push({ value: String(fy), label: fyLabel(fy, lang) });
  return years;
}

/** Active fields, plus the current one if it was deactivated since; sorted by name in the UI language. */
export function expertiseOptions(fields: readonly ExpertiseField[], lang: Language, keep: readonly number[] = []) {
  return fields
    .filter((f) => f.active || keep.includes(f.id))
    .map((f) => ({ value: String(f.id), label: nameOf(f, lang) }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
}

export function expertiseLabel(fields: readonly ExpertiseField[] | undefined, lang: Language) {
  const map = new Map((fields ?? []).map((f) => [f.id, f]));
  return (id: number | null) => {
    if (id === null) return '—';
    const f = map.get(id);
    return f ? nameOf(f, lang) : `#${id}`;
  };
}
