// Words for the progress codes: entry kinds, stages, roles, due kinds, and the core's refusals as
// sentences naming this feature's fields. Unknown codes still read as a sentence, never a raw key.
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import type { FieldIssue } from '../../../shared/result';
import type { Language } from '../../../shared/settings/schema';
import { i18next } from '../i18n';
import { errorOf, errorText, issueText } from '../i18n/messages';
import { countOf } from '../i18n/plural';

type Params = Record<string, string | number>;

/** "data.ratings.2.comment" → "comment"; "levels.0.labelJa" → "labelJa"; "data" → "data". */
export const fieldOf = (path: string) =>
  path
    .split('.')
    .filter((p) => !/^\d+$/.test(p))
    .filter((p, _i, all) => p !== 'data' || all.length === 1)
    .pop() ?? '';

/** The row a path points into ("data.ratings.2.score" → 2), for messages on one rating or level. */
export const indexOf = (path: string) => {
  const m = /\.(\d+)(\.|$)/.exec(path);
  return m ? Number(m[1]) : null;
};

export function fieldLabel(t: TFunction, path: string): string {
  const name = fieldOf(path);
  return t(`progress.field.${name}`, { defaultValue: '' }) || t(`trainee.field.${name}`, { defaultValue: name });
}

/** One refusal in words: this feature's sentence for the code, else the app-wide one, else generic. */
export function progressIssueText(t: TFunction, issue: Pick<FieldIssue, 'path' | 'code' | 'params'>): string {
  const field = fieldLabel(t, issue.path);
  // Codes travel as codes (kind: "monthly_report"); say them in the person's language.
  const params: Params = { ...(issue.params as Params | undefined) };
  if (typeof params.kind === 'string') params.kind = t(`progress.kind.${params.kind}`, { defaultValue: params.kind });
  const key = `progress.validation.${issue.code}`;
  const own = t(key, { field, ...params, ...countOf(key, issue.params), defaultValue: '' });
  return own || issueText(t, { ...issue, params }, field);
}

/** A failed call as one sentence in this feature's words. */
export function progressErrorText(t: TFunction, error: unknown): string {
  const e = errorOf(error);
  if (e.code === 'stale') return t('progress.stale');
  if (e.issues?.length) return e.issues.map((i) => progressIssueText(t, i)).join(' ');
  if (e.code === 'not_found') return t('progress.notFound');
  return errorText(t, error);
}

export function notifyProgressError(error: unknown, title?: string): void {
  const t = i18next.t;
  notifications.show({
    color: 'red',
    title: title ?? t('notify.error'),
    message: progressErrorText(t, error),
    autoClose: 8000,
    closeButtonProps: { 'aria-label': t('common.close') },
  });
}

/** Issues by field name (first per field), to show under the inputs; the rest go in a summary. */
export function issuesByField(t: TFunction, error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of errorOf(error).issues ?? []) {
    const path = issue.path.replace(/^data\./, '');
    out[path] ??= progressIssueText(t, issue);
  }
  return out;
}

export const hostName = (h: { hostNameEn: string | null; hostNameJa: string | null }, lang: Language) =>
  (lang === 'ja' ? h.hostNameJa || h.hostNameEn : h.hostNameEn) ?? '';

export const bilingual = (v: { en: string; ja: string }, lang: Language) => (lang === 'ja' ? v.ja || v.en : v.en);

/** "1.2 MB", "340 KB": sizes as people read them. */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}
