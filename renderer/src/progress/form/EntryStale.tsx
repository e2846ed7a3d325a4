// Someone else saved the entry while it was open: the person's edits beside what is saved now, in the
// words of the entry's fields, to keep theirs or take the saved entry.
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/format';
import { keepMine, StaleChanges, staleRows } from '../../ui/forms/StaleChanges';
import { criterionName } from './EvaluationFields';
import { type EntryValues, parseMonthKey, valuesOf } from './entryValues';
import type { EntryForm } from './useEntryForm';

const LABELS: Record<string, string> = {
  month: 'placementMonth',
  stage: 'evaluationStage',
  role: 'evaluatorRole',
};

export function EntryStale({ form }: { form: EntryForm }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!form.current) return null;
  const edits = { mine: form.values, base: form.base, saved: valuesOf(form.current) };
  const names = new Map(form.criteria.map((c) => [c.id, criterionName(c, lang)]));
  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined) return '';
    if (field === 'month') {
      const m = parseMonthKey(value as string);
      return m ? t('progress.monthN', { n: m.month }) : '';
    }
    if (field === 'stage') return t(`progress.stageShort.${value}`);
    if (field === 'role') return t(`progress.role.${value}`);
    if (field === 'ratings') {
      return Object.entries(value as EntryValues['ratings'])
        .filter(([, r]) => r.score)
        .map(([id, r]) => `${names.get(Number(id)) ?? id}: ${r.score}`)
        .join(', ');
    }
    return String(value);
  };
  const label = (field: string) => t(`progress.field.${LABELS[field] ?? field}`);
  return (
    <StaleChanges
      rows={staleRows(edits, label, show)}
      onKeepMine={() => form.resolveStale((saved) => keepMine({ ...edits, saved }))}
      onTakeSaved={() => form.resolveStale((saved) => saved)}
    />
  );
}
