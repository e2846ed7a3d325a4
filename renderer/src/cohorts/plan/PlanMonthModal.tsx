// "Plan the month": the introductory month's sessions from a weekly pattern or from an earlier
// cohort's programme, Japanese public holidays skipped and shown, edited in a preview and saved in
// one write (cohorts.sessions.createMany), so the month is either all there or not there at all.
import { Alert, Button, Group, ScrollArea, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  collisions,
  copyProgramme,
  expandPattern,
  type Plan,
  WEEK,
  type WeeklyPattern,
} from '../../../../shared/cohorts/plan';
import type { Cohort, Session } from '../../../../shared/cohorts/schema';
import { isIsoDate } from '../../../../shared/fiscal-year';
import { api } from '../../api/client';
import { fyLabel, useLang } from '../../i18n/format';
import { SaveForm } from '../../ui/forms/SaveForm';
import { FormModal } from '../../ui/guard/FormModal';
import { useSave } from '../../ui/save/useSave';
import { cohortErrorText } from '../issues';
import { COHORT_CHANGES, useCohort, useCohortList } from '../queries';
import { PatternEditor, type PatternState, startingPattern } from './PatternEditor';
import { PlanPreview, type PreviewRow } from './PlanPreview';

interface Props {
  opened: boolean;
  cohort: Cohort;
  sessions: Session[];
  onClose: () => void;
  onSaved: (count: number) => void;
}

type Source = 'pattern' | 'copy';

// The preview and the pattern scroll inside the dialog, so its actions stay in view on a small screen.
const BODY_HEIGHT = 'calc(100dvh - 17rem)';

export function PlanMonthModal(props: Props) {
  // Mounted afresh on each opening.
  return props.opened ? <PlanDialog {...props} /> : null;
}

const toPattern = (p: PatternState): WeeklyPattern =>
  Object.fromEntries(
    WEEK.map((d) => [
      d,
      p[d].map((e) => ({ title: e.title.trim(), venue: e.venue.trim() || null, topic: e.topic.trim() || null })),
    ]),
  );

let rowKey = 1;

function PlanDialog({ cohort, sessions, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [source, setSource] = useState<Source>('pattern');
  const [pattern, setPattern] = useState<PatternState>(startingPattern);
  const earlier = (useCohortList().data?.cohorts ?? [])
    .filter((c) => c.fiscalYear < cohort.fiscalYear && c.sessions > 0)
    .sort((a, b) => b.fiscalYear - a.fiscalYear);
  const [from, setFrom] = useState<number | null>(null);
  const fromYear = from ?? earlier[0]?.fiscalYear ?? null;
  const fromCohort = useCohort(fromYear ?? 0).data ?? null;
  const [plan, setPlan] = useState<Omit<Plan, 'sessions'> | null>(null);
  const [rows, setRows] = useState<PreviewRow[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  const saver = useSave({
    send: (list: PreviewRow[], { confirm }) =>
      api().call('cohorts.sessions.createMany', {
        fiscalYear: cohort.fiscalYear,
        sessions: list.map(({ date, title, topic, venue }) => ({ date, title, topic, venue })),
        confirm,
      }),
    invalidates: () => COHORT_CHANGES,
    onSaved: (saved) => onSaved(saved.sessions.length),
  });

  const preview = () => {
    const made =
      source === 'pattern'
        ? expandPattern(toPattern(pattern), cohort.introStart, cohort.introEnd)
        : fromCohort
          ? copyProgramme(fromCohort.sessions, fromCohort.cohort.introStart, cohort.introStart, cohort.introEnd)
          : null;
    if (!made) return;
    setPlan({ holidays: made.holidays, beyond: made.beyond });
    setRows(made.sessions.map((s) => ({ ...s, key: rowKey++ })));
    setProblem(null);
  };

  const save = () => {
    const bad = rows.some((r) => r.title.trim() === '' || !isIsoDate(r.date));
    if (bad) return setProblem(t('plan.fixRows'));
    if (rows.length === 0) return setProblem(t('plan.nothingToSave'));
    setProblem(null);
    void saver.save(rows);
  };

  const failure = problem ?? (saver.error ? cohortErrorText(t, saver.error) : null);
  const title = t('plan.title', { fy: fyLabel(cohort.fiscalYear, lang, true) });
  const taken = collisions(rows, sessions);

  return (
    <FormModal
      opened
      onClose={onClose}
      unsaved={() => (plan ? rows.length > 0 : WEEK.some((d) => pattern[d].some((e) => e.title.trim() !== '')))}
      size="min(72rem, 96vw)"
      title={title}
    >
      {(cancel) => (
        <SaveForm label={title} onSubmit={plan ? save : preview} warnings={{ saver }} gap="sm">
          <Text size="sm" data-testid="plan-period">
            {t('plan.period', { start: cohort.introStart, end: cohort.introEnd })}
          </Text>
          {plan === null ? (
            <>
              <SegmentedControl
                w="fit-content"
                value={source}
                onChange={(v) => setSource(v as Source)}
                data={[
                  { value: 'pattern', label: t('plan.fromPattern') },
                  { value: 'copy', label: t('plan.fromCohort') },
                ]}
              />
              <ScrollArea.Autosize mah={BODY_HEIGHT} type="auto" offsetScrollbars>
                {source === 'pattern' ? (
                  <PatternEditor value={pattern} onChange={setPattern} />
                ) : earlier.length === 0 ? (
                  <Text size="sm" c="dimmed" data-testid="plan-no-earlier">
                    {t('plan.noEarlier')}
                  </Text>
                ) : (
                  <Stack gap="xs">
                    <Select
                      label={t('plan.copyFrom')}
                      description={t('plan.copyHint')}
                      data-testid="plan-copy-from"
                      allowDeselect={false}
                      value={fromYear === null ? null : String(fromYear)}
                      onChange={(v) => setFrom(v === null ? null : Number(v))}
                      data={earlier.map((c) => ({
                        value: String(c.fiscalYear),
                        label: t('plan.cohortOption', { fy: fyLabel(c.fiscalYear, lang), count: c.sessions }),
                      }))}
                      maw={420}
                    />
                  </Stack>
                )}
              </ScrollArea.Autosize>
            </>
          ) : (
            <ScrollArea.Autosize mah={BODY_HEIGHT} type="auto" offsetScrollbars>
              <PlanPreview rows={rows} holidays={plan.holidays} beyond={plan.beyond} taken={taken} onChange={setRows} />
            </ScrollArea.Autosize>
          )}
          {failure && (
            <Alert color="red" data-testid="plan-problem">
              {failure}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            {plan ? (
              <Button variant="default" onClick={() => setPlan(null)}>
                {t('plan.back')}
              </Button>
            ) : null}
            <Button variant="default" onClick={cancel}>
              {t('common.cancel')}
            </Button>
            {plan ? (
              <Button type="submit" loading={saver.saving} data-testid="plan-save">
                {t('plan.save', { count: rows.length })}
              </Button>
            ) : (
              <Button type="submit" disabled={source === 'copy' && !fromCohort} data-testid="plan-preview-button">
                {t('plan.preview')}
              </Button>
            )}
          </Group>
        </SaveForm>
      )}
    </FormModal>
  );
}
