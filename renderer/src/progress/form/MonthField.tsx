// The placement month a monthly report covers, chosen from the trainee's placements: months with a
// report already written, or not begun yet, are shown but cannot be chosen (except the one being edited).
import { Alert, Button, Loader } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../shared/fiscal-year';
import type { ReportMonth } from '../../../../shared/progress/schema';
import { useLang } from '../../i18n/format';
import { SearchableSelect } from '../../ui/forms/SearchableSelect';
import { useShowDate } from '../../ui/forms/useDateSettings';
import { useReportMonths } from '../queries';
import { hostName } from '../text';
import { monthKey } from './entryValues';

interface Props {
  traineeId: number;
  value: string | null;
  onChange: (v: string | null) => void;
  /** The month the form fills in itself (not the person's change). */
  onDefault: (v: string) => void;
  /** The entry being edited: its own month stays choosable. */
  entryId: number | null;
  error?: string;
  /** With no month open yet: keep what was typed, as a note instead. */
  onWriteNote?: () => void;
}

export function MonthField({ traineeId, value, onChange, onDefault, entryId, error, onWriteNote }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const months = useReportMonths(traineeId);
  const showDate = useShowDate();
  const today = todayIso();
  // A report is dated within or after its month, never ahead: months not begun cannot be chosen yet.
  const choosable = (m: ReportMonth) => (m.entryId === null || m.entryId === entryId) && m.start <= today;
  // A new report without a month named starts on the earliest month still to be written.
  const first = months.data?.find(choosable);
  useEffect(() => {
    if (value === null && entryId === null && first) onDefault(monthKey(first.placementId, first.month));
  }, [value, entryId, first, onDefault]);
  if (months.isPending) return <Loader size="sm" aria-label={t('common.loading')} />;
  const list = months.data ?? [];
  if (list.length === 0) {
    return (
      <Alert color="gray" data-testid="entry-no-months">
        {t('progress.form.noMonths')}
      </Alert>
    );
  }
  // Nothing to choose: say why and when that changes, rather than leave "required" as a dead end.
  if (!first && !list.some((m) => m.entryId !== null && m.entryId === entryId)) {
    const next = list.find((m) => m.entryId === null);
    return (
      <Alert color="gray" data-testid="entry-no-months">
        {next
          ? t('progress.form.firstMonthLater', {
              month: t('progress.monthN', { n: next.month }),
              host: hostName(next, lang),
              start: showDate(next.start),
            })
          : t('progress.form.allMonthsWritten')}
        {next && onWriteNote && (
          <Button size="xs" variant="default" mt="xs" display="block" onClick={onWriteNote} data-testid="entry-as-note">
            {t('progress.form.writeAsNote')}
          </Button>
        )}
      </Alert>
    );
  }

  // One group per placement, in the order the core gives (by placement, then month).
  const groups = new Map<number, { group: string; items: { value: string; label: string; disabled: boolean }[] }>();
  for (const m of list) {
    const g = groups.get(m.placementId) ?? { group: hostName(m, lang), items: [] };
    const written = m.entryId !== null && m.entryId !== entryId;
    const choice = t('progress.form.monthChoice', {
      month: t('progress.monthN', { n: m.month }),
      start: m.start,
      end: m.end,
    });
    const why = written ? t('progress.form.written') : m.start > today ? t('progress.form.notBegun') : null;
    g.items.push({
      value: monthKey(m.placementId, m.month),
      label: why ? t('progress.form.monthChoiceWhy', { choice, why }) : choice,
      disabled: !choosable(m),
    });
    groups.set(m.placementId, g);
  }
  // Distinct group names: two placements at one host are told apart by their first month.
  const seen = new Map<string, number>();
  const data = [...groups.values()].map((g) => {
    const n = (seen.get(g.group) ?? 0) + 1;
    seen.set(g.group, n);
    return n > 1 ? { ...g, group: `${g.group} (${n})` } : g;
  });

  return (
    <SearchableSelect
      id="entry-placementMonth"
      label={t('progress.field.placementMonth')}
      description={t('progress.form.monthHint')}
      withAsterisk
      placeholder={t('progress.form.chooseMonth')}
      data={data}
      value={value}
      onChange={onChange}
      error={error}
      maxDropdownHeight={320}
      comboboxProps={{ withinPortal: true }}
      data-testid="entry-month"
    />
  );
}
