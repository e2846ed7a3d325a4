// The words of the history: which text key names a kind of record, an action, a field, an item of
// a list, and how a stored value reads (a status, a country, a field of training, yes/no …).
// Field names reuse each feature's own labels where it has them; audit.field.* fills the rest.
import type { TFunction } from 'i18next';
import type { AuditRow } from '../../../../shared/audit/schema';
import type { Language } from '../../../../shared/settings/schema';
import { fyLabel } from '../../i18n/format';
import { prefectureName } from '../prefectures';
import type { Step } from './diff';

/** Where each kind of record keeps its field labels, tried in order before audit.field.*. */
const FIELD_PREFIXES: Record<string, string[]> = {
  trainee: ['trainee.field'],
  host: ['hosts.field'],
  cohort: ['cohorts.field'],
  intro_session: ['cohorts.field'],
  attendance: ['cohorts.field'],
  placement: ['placements.field'],
  progress_entry: ['progress.field'],
  evaluation_criterion: ['progress.field'],
  evaluation_scale: ['progress.field'],
  field: ['settings'],
  country: ['settings'],
  dispatch_request: ['dispatch.field'],
  dispatch: ['dispatch.field'],
  specialist: ['dispatch.specialists.field'],
  counterpart: ['dispatch.counterparts.field'],
};

/** Fields inside a list of records, by the list's name. */
const NESTED_PREFIXES: Record<string, string[]> = { contacts: ['hosts.contact'] };

/** The text keys that may name a field, most specific first (i18next takes the first that exists). */
export function fieldKeys(entity: string, path: Step[]): string[] {
  const fields = path.flatMap((s) => ('field' in s ? [s.field] : []));
  const field = fields.at(-1) ?? '';
  const parent = fields.length > 1 ? fields.at(-2) : undefined;
  const nested = parent ? (NESTED_PREFIXES[parent] ?? []) : [];
  return [
    ...nested.map((p) => `${p}.${field}`),
    ...(FIELD_PREFIXES[entity] ?? []).map((p) => `${p}.${field}`),
    `audit.field.${field}`,
  ];
}

/** A change's path in words: "Contact people › Sato › Email". */
export function pathText(t: TFunction, entity: string, path: Step[]): string {
  return path
    .map((step, i) =>
      'field' in step
        ? t(fieldKeys(entity, path.slice(0, i + 1)), { defaultValue: step.field })
        : t(`audit.item.${step.by}`, { key: step.item, defaultValue: step.item }),
    )
    .join(' › ');
}

export const entityText = (t: TFunction, entity: string) => t(`audit.entity.${entity}`, { defaultValue: entity });
export const actionText = (t: TFunction, action: string) => t(`history.action.${action}`, { defaultValue: action });

/** The record an entry is about, in words: its name, a fiscal year for cohorts, or "all …". */
export function subjectText(t: TFunction, row: Pick<AuditRow, 'entity' | 'entityId' | 'subject'>, lang: Language) {
  const { subject } = row;
  if (row.entityId === '*') return t('audit.subject.all');
  if (row.entity === 'cohort' && /^\d{4}$/.test(row.entityId)) return fyLabel(Number(row.entityId), lang);
  const name = lang === 'ja' ? (subject.labelJa ?? subject.label) : subject.label;
  if (name) return name;
  if (row.entity === 'settings' || row.entity === 'evaluation_scale') return entityText(t, row.entity);
  return `#${row.entityId}`;
}

/** Where a subject's link goes. */
export function subjectRoute(link: NonNullable<AuditRow['subject']['link']>): string {
  // Widened to string: the dispatch pages ('request', 'specialist', 'counterparts') join AUDIT_PAGES.
  switch (link.page as string) {
    case 'trainee':
      return `/trainees/${link.id}`;
    case 'host':
      return `/hosts/${link.id}`;
    case 'cohort':
      return `/cohorts/${link.id}`;
    case 'request':
      return `/dispatch/requests/${link.id}`;
    case 'specialist':
      return `/dispatch/specialists/${link.id}`;
    case 'counterparts':
      return '/dispatch/counterparts';
    default:
      return '/settings';
  }
}

/** Values that are one of a fixed set: the text key of each, by field (and kind of record). */
function choiceKey(entity: string, field: string, value: string): string | null {
  switch (field) {
    case 'status':
    case 'to':
      return `trainee.status.${value}`;
    case 'gender':
      return `trainee.gender.${value}`;
    case 'japaneseLevel':
      return `trainee.japaneseLevel.${value}`;
    case 'mark':
      return `attendance.mark.${value}`;
    case 'kind':
      return entity === 'host' ? `hosts.kind.${value}` : entity === 'progress_entry' ? `progress.kind.${value}` : null;
    case 'evaluationStage':
      return `progress.stage.${value}`;
    case 'evaluatorRole':
      return `progress.role.${value}`;
    case 'language':
      return `audit.language.${value}`;
    default:
      return null;
  }
}

export interface Lookups {
  country: (code: string) => string;
  field: (id: number) => string;
}

/** A stored value as a person reads it; null when there is none. */
export function valueText(
  t: TFunction,
  lang: Language,
  lookups: Lookups,
  entity: string,
  field: string,
  value: unknown,
): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    return value.map((v) => valueText(t, lang, lookups, entity, field, v) ?? '—').join(t('audit.separator'));
  }
  if (typeof value === 'boolean') return t(value ? 'audit.yes' : 'audit.no');
  if (field === 'country' && typeof value === 'string') return lookups.country(value);
  if ((field === 'fieldId' || field === 'fieldIds') && typeof value === 'number') return lookups.field(value);
  if (field === 'prefecture' && typeof value === 'number') return prefectureName(value, lang);
  if (field === 'fiscalYear' && typeof value === 'number') return fyLabel(value, lang);
  if (typeof value === 'string') {
    const key = choiceKey(entity, field, value);
    return key ? t(key, { defaultValue: value }) : value;
  }
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}
