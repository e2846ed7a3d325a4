// On the trainee's page: the status with the way to change it, the cohort the trainee belongs to (the
// cohort of the intake fiscal year) with their introductory-month completion, and the status history.
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { allowedTransitions } from '../../../shared/cohorts/lifecycle';
import type { Trainee } from '../../../shared/trainees/schema';
import { fyLabel, useLang } from '../i18n/format';
import { StatusBadge } from '../ui/StatusBadge';
import { percent } from './CohortSummary';
import { CompletionBadge } from './CompletionBadge';
import { useCohort } from './queries';
import { StatusHistory } from './StatusHistory';
import { TransitionModal } from './TransitionModal';

export function LifecycleCard({ trainee }: { trainee: Trainee }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const allowed = allowedTransitions(trainee.status);
  const why = trainee.archived ? t('lifecycle.archivedHint') : allowed.length === 0 ? t('lifecycle.noSteps') : null;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="lifecycle-title" data-testid="lifecycle-card">
      <Title order={2} size="h4" mb="sm" id="lifecycle-title">
        {t('lifecycle.title')}
      </Title>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <span data-testid="lifecycle-status">
            <StatusBadge status={trainee.status} />
          </span>
          <Button
            size="xs"
            leftSection={<IconArrowsExchange size={14} aria-hidden />}
            disabled={why !== null}
            onClick={() => setOpen(true)}
          >
            {t('lifecycle.change')}
          </Button>
        </Group>
        {why && (
          <Text size="xs" c="dimmed">
            {why}
          </Text>
        )}
        <CohortLine trainee={trainee} />
        <StatusHistory id={trainee.id} />
      </Stack>
      <TransitionModal traineeId={trainee.id} opened={open} onClose={() => setOpen(false)} />
    </Paper>
  );
}

function CohortLine({ trainee }: { trainee: Trainee }) {
  const { t } = useTranslation();
  const lang = useLang();
  const query = useCohort(trainee.fiscalYear);
  const fy = fyLabel(trainee.fiscalYear, lang, true);
  if (query.isPending) return null;
  const detail = query.data;
  if (!detail) {
    return (
      <Text size="sm" data-testid="lifecycle-cohort">
        {t('lifecycle.noCohort', { fy })}{' '}
        <Anchor component={Link} to="/cohorts" size="sm">
          {t('lifecycle.openCohorts')}
        </Anchor>
      </Text>
    );
  }
  const { cohort } = detail;
  const completion = detail.trainees.find((x) => x.id === trainee.id)?.completion;
  return (
    <Stack gap={4} data-testid="lifecycle-cohort">
      <Text size="sm">
        {t('lifecycle.cohort')}{' '}
        <Anchor component={Link} to={`/cohorts/${cohort.fiscalYear}`} size="sm" fw={600}>
          {t('cohorts.cohortTitle', { fy })}
        </Anchor>
      </Text>
      <Text size="xs">{t('cohorts.range', { start: cohort.introStart, end: cohort.introEnd })}</Text>
      {completion && completion.held > 0 && (
        <Group gap="xs" data-testid="lifecycle-completion">
          <Text size="xs">
            {t('lifecycle.attended', { attended: completion.attended, count: completion.held })} ·{' '}
            {percent(completion.rate)}
          </Text>
          <CompletionBadge state={completion.state} />
        </Group>
      )}
    </Stack>
  );
}
