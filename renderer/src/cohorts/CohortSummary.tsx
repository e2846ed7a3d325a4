// The cohort at a glance: sessions held of planned, average attendance, completion, and where the
// introductory month stands today. Counts are over the trainees taking part (not applicants or withdrawn).
import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CohortGrid } from './queries';

export const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`);

function Figure({ label, value, detail, testId }: { label: string; value: string; detail: string; testId: string }) {
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700} data-testid={`${testId}-value`}>
        {value}
      </Text>
      <Text size="xs">{detail}</Text>
    </Paper>
  );
}

export function CohortSummary({ summary: s }: { summary: CohortGrid['summary'] }) {
  const { t } = useTranslation();
  const period = s.introEnded ? 'ended' : s.introStarted ? 'running' : 'notStarted';
  return (
    <SimpleGrid cols={4} spacing="md" component="section" aria-label={t('cohorts.summary.title')}>
      <Figure
        testId="summary-sessions"
        label={t('cohorts.summary.sessions')}
        value={t('cohorts.summary.heldOf', { held: s.sessionsHeld, planned: s.sessionsPlanned })}
        detail={t(`cohorts.summary.period.${period}`)}
      />
      <Figure
        testId="summary-attendance"
        label={t('cohorts.summary.attendance')}
        value={percent(s.averageRate)}
        detail={t('cohorts.summary.participants', { count: s.participants })}
      />
      <Figure
        testId="summary-complete"
        label={t('cohorts.summary.complete')}
        value={String(s.complete)}
        detail={
          s.introEnded ? t('cohorts.summary.threshold') : t('cohorts.summary.inProgress', { count: s.inProgress })
        }
      />
      <Figure
        testId="summary-incomplete"
        label={t('cohorts.summary.incomplete')}
        value={String(s.incomplete)}
        detail={t('cohorts.summary.incompleteHint')}
      />
    </SimpleGrid>
  );
}
