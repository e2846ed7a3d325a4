// Words for the placement codes. The core sends names in English (a host's English name, the
// field's English name, a prefecture code), so the params are put into the person's language first.
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PREFECTURES } from '../../../shared/hosts/prefectures';
import { durationOf } from '../../../shared/placements/dates';
import type { FieldIssue, Warning } from '../../../shared/result';
import type { Language } from '../../../shared/settings/schema';
import { nameOf, useFields } from '../api/reference';
import { useLang } from '../i18n/format';
import { countOf } from '../i18n/plural';

type Params = Record<string, string | number>;

/** Amber text that keeps WCAG AA contrast on white and on Mantine's light orange (orange-9 does not). */
export const AMBER_TEXT = '#b34208';

export interface HostName {
  nameEn: string;
  nameJa: string;
}

export const hostName = (h: HostName, lang: Language) => (lang === 'ja' ? h.nameJa || h.nameEn : h.nameEn);

export function prefectureName(code: number, lang: Language): string {
  const p = PREFECTURES[code - 1];
  if (!p) return String(code);
  return lang === 'ja' ? p.ja : p.en;
}

/** "6 mo 3 d": the inclusive period's length, as the programme rules count it. */
export function durationText(t: TFunction, start: string, end: string): string {
  const { months, days } = durationOf(start, end);
  return t('placements.duration', { months, days });
}

/**
 * Translates the params of a code: field and host names (English from the core) to the person's
 * language where we know them, statuses and prefecture codes to words.
 */
export function useLocalizeParams(hosts: HostName[] = []) {
  const { t } = useTranslation();
  const lang = useLang();
  const fields = useFields().data;
  return useMemo(() => {
    const fieldByEn = new Map((fields ?? []).map((f) => [f.nameEn, f]));
    const hostByEn = new Map(hosts.map((h) => [h.nameEn, h]));
    return (params: Params | undefined): Params => {
      const out: Params = { ...params };
      if (typeof out.field === 'string') {
        const f = fieldByEn.get(out.field);
        if (f) out.field = nameOf(f, lang);
      }
      if (typeof out.host === 'string') {
        const h = hostByEn.get(out.host);
        if (h) out.host = hostName(h, lang);
      }
      if (typeof out.status === 'string') out.status = t(`trainee.status.${out.status}`, { defaultValue: out.status });
      if (typeof out.prefecture === 'number') out.prefecture = prefectureName(out.prefecture, lang);
      if (typeof out.months === 'number' && typeof out.days === 'number') {
        out.duration = t('placements.durationWords', {
          months: t('placements.months', { count: out.months }),
          days: t('placements.days', { count: out.days }),
        });
      }
      return out;
    };
  }, [fields, hosts, lang, t]);
}

export type Localize = ReturnType<typeof useLocalizeParams>;

export function refusalText(t: TFunction, issue: FieldIssue, localize: Localize): string {
  const key = `validation.${issue.code}`;
  return t(key, { ...localize(issue.params), ...countOf(key, issue.params), defaultValue: issue.code });
}

export function warningSentence(t: TFunction, warning: Warning, localize: Localize): string {
  const key = `warning.${warning.code}`;
  return t(key, { ...localize(warning.params), ...countOf(key, warning.params), defaultValue: warning.code });
}

/** A short label for a warning or conflict code (badges, the timeline). */
export const shortLabel = (t: TFunction, code: string) => t(`placements.short.${code}`, { defaultValue: code });
