// The current and the upcoming cohort side by side: the one running and the one being prepared, so
// the year staff are getting ready is on Home from the day its cohort is created.
import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Output } from '../../../shared/contract';
import { currentFiscalYear, fiscalYearRange } from '../../../shared/fiscal-year';
import { TRAINEE_STATUSES } from '../../../shared/trainees/schema';
import { fyLabel, useLang } from '../i18n/format';
import { useCohorts } from './queries';

type CohortList = Output<'cohorts.list'>;
type Role = 'current' | 'upcoming';

export function CohortCards() {
  const fy = currentFiscalYear();
  const list = useCohorts().data;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <CohortCard fy={fy} which="current" list={list} />
      <CohortCard fy={fy + 1} which="upcoming" list={list} />
    </SimpleGrid>
  );
}

function CohortCard({ fy, which: role, list }: { fy: number; which: Role; list: CohortList | undefined }) {
  const { t } = useTranslation();
  const lang = useLang();
  const cohort = list?.cohorts.find((c) => c.fiscalYear === fy);
  // A year without a cohort yet is counted with the cohort list too; a year nobody is in counts zero.
  const byStatus = list && (cohort ?? list.yearsWithoutCohort.find((y) => y.fiscalYear === fy))?.byStatus;
  const counts = TRAINEE_STATUSES.map((status) => ({ status, count: list ? (byStatus?.[status] ?? 0) : null }));
  const range = fiscalYearRange(fy);
  const heading = `cohort-${role}-heading`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={heading} data-testid={`cohort-${role}`}>
      <Group justify="space-between" align="baseline" wrap="nowrap" mb={4}>
        <Group gap="xs" align="baseline">
          <Title order={2} size="h4" id={heading}>
            {t('dashboard.cohortTitle', { fy: fyLabel(fy, lang) })}
          </Title>
          <Badge variant="light" color={role === 'current' ? 'desk' : 'grape'} size="sm">
            {t(`dashboard.role.${role}`)}
          </Badge>
        </Group>
        {cohort && (
          <Anchor component={Link} to={`/cohorts/${fy}`} size="sm">
            {t('dashboard.openCohort')}
          </Anchor>
        )}
      </Group>
      {cohort ? (
        <Stack gap={0} mb="sm">
          <Text size="sm" c="dimmed">
            {t('dashboard.intro', { from: cohort.introStart, to: cohort.introEnd })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('dashboard.programme', { from: cohort.programmeStart, to: cohort.programmeEnd })}
          </Text>
        </Stack>
      ) : (
        <Group justify="space-between" mb="sm" gap="xs">
          <Text size="sm" c="dimmed" data-testid={`cohort-${role}-missing`}>
            {list ? t('dashboard.noCohort', { from: range.start, to: range.end }) : t('common.loading')}
          </Text>
          {list && (
            <Button component={Link} to="/cohorts" size="compact-sm" variant="light">
              {t('dashboard.createCohort')}
            </Button>
          )}
        </Group>
      )}
      <SimpleGrid
        cols={{ base: 2, sm: 3 }}
        spacing={6}
        verticalSpacing={6}
        data-testid={role === 'current' ? 'status-counts' : 'status-counts-upcoming'}
      >
        {counts.map(({ status, count }) => (
          <Anchor
            key={status}
            component={Link}
            to={`/trainees?fy=${fy}&status=${status}`}
            underline="never"
            c="inherit"
          >
            <Paper withBorder px="sm" py={6} radius="sm" bg="gray.0">
              <Text size="xs" c="dimmed" truncate>
                {t(`trainee.status.${status}`)}
              </Text>
              <Text size="lg" fw={700} c="desk.8" lh={1.2}>
                {count ?? '…'}
              </Text>
            </Paper>
          </Anchor>
        ))}
      </SimpleGrid>
    </Paper>
  );
}
