// #/cohorts: one cohort per fiscal year, newest first, with its dates and its trainees by status;
// fiscal years that have trainees but no cohort yet are pointed out with a way to create one.
import { Alert, Anchor, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { TRAINEE_STATUSES } from '../../../shared/trainees/schema';
import { useWorkingFiscalYear } from '../api/working-year';
import { fyLabel, useLang } from '../i18n/format';
import { errorText } from '../i18n/messages';
import { notifySaved } from '../i18n/notify';
import { EmptyState } from '../ui/lists/EmptyState';
import { ListTitle } from '../ui/lists/ListTitle';
import { useLoadDemo } from '../ui/lists/useLoadDemo';
import { CohortFormModal } from './CohortFormModal';
import { useCohortList } from './queries';

// Dates and year names read badly when broken across lines.
const NOWRAP = { whiteSpace: 'nowrap' } as const;

type ListItem = NonNullable<ReturnType<typeof useCohortList>['data']>['cohorts'][number];

/** The year being worked on, or the next one after it that has no cohort yet. */
function nextFreeYear(taken: Set<number>, working: number): number {
  let fy = working;
  while (taken.has(fy)) fy += 1;
  return fy;
}

export function CohortsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const query = useCohortList();
  const working = useWorkingFiscalYear().fiscalYear;
  const [creating, setCreating] = useState<number | null>(null);
  const demo = useLoadDemo();
  const data = query.data;
  const taken = new Set((data?.cohorts ?? []).map((c) => c.fiscalYear));

  // #/cohorts?new=1 (the command palette's "New cohort") opens the dialog as the button does, once
  // the list says which years are taken; the address then drops the request, so Back does not reopen it.
  const [params, setParams] = useSearchParams();
  const asked = params.has('new');
  useEffect(() => {
    if (!asked || !data) return;
    setCreating(nextFreeYear(new Set(data.cohorts.map((c) => c.fiscalYear)), working));
    setParams(
      (p) => {
        p.delete('new');
        return p;
      },
      { replace: true },
    );
  }, [asked, data, working, setParams]);

  const counts = (c: ListItem) =>
    TRAINEE_STATUSES.filter((s) => c.byStatus[s] > 0)
      .map((s) => `${t(`trainee.status.${s}`)} ${c.byStatus[s]}`)
      .join(' · ');

  return (
    <Stack gap="md">
      <ListTitle
        title={t('cohorts.title')}
        fetching={query.isFetching}
        actions={
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setCreating(nextFreeYear(taken, working))}
          >
            {t('cohorts.new')}
          </Button>
        }
      />
      <Text>{t('cohorts.intro')}</Text>
      {query.isError && <Alert color="red">{errorText(t, query.error)}</Alert>}
      {data && data.yearsWithoutCohort.length > 0 && (
        <Alert color="yellow" c="dark.7" title={t('cohorts.withoutTitle')} data-testid="years-without-cohort">
          <Stack gap={6}>
            {data.yearsWithoutCohort.map((y) => (
              <Group key={y.fiscalYear} gap="sm">
                <Text size="sm">{t('cohorts.without', { fy: fyLabel(y.fiscalYear, lang), count: y.trainees })}</Text>
                <Button size="compact-sm" variant="white" onClick={() => setCreating(y.fiscalYear)}>
                  {t('cohorts.createFor', { fy: fyLabel(y.fiscalYear, lang, true) })}
                </Button>
              </Group>
            ))}
          </Stack>
        </Alert>
      )}
      {data && data.cohorts.length === 0 && (
        <Paper withBorder data-testid="cohorts-empty">
          <EmptyState
            filtered={false}
            title={t('cohorts.emptyTitle')}
            text={t('cohorts.empty')}
            actions={
              <>
                <Button
                  leftSection={<IconPlus size={16} aria-hidden />}
                  onClick={() => setCreating(nextFreeYear(taken, working))}
                >
                  {t('cohorts.emptyCreate', { fy: fyLabel(nextFreeYear(taken, working), lang, true) })}
                </Button>
                {data.yearsWithoutCohort.length === 0 && (
                  <Button variant="default" loading={demo.isPending} onClick={() => demo.mutate()}>
                    {t('cohorts.loadDemo')}
                  </Button>
                )}
              </>
            }
          />
        </Paper>
      )}
      {data && data.cohorts.length > 0 && (
        <Paper withBorder>
          <Table
            striped
            highlightOnHover
            verticalSpacing="sm"
            data-testid="cohort-table"
            aria-label={t('cohorts.title')}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th style={NOWRAP}>{t('cohorts.field.fiscalYear')}</Table.Th>
                <Table.Th style={NOWRAP}>{t('cohorts.intro_period')}</Table.Th>
                <Table.Th style={NOWRAP}>{t('cohorts.programme_period')}</Table.Th>
                <Table.Th style={NOWRAP}>{t('cohorts.sessions')}</Table.Th>
                <Table.Th style={NOWRAP}>{t('cohorts.trainees')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.cohorts.map((c) => (
                <Table.Tr
                  key={c.fiscalYear}
                  data-testid="cohort-row"
                  data-fy={c.fiscalYear}
                  style={{ cursor: 'pointer' }}
                  onClick={(e) => {
                    if (!(e.target as HTMLElement).closest('a')) navigate(`/cohorts/${c.fiscalYear}`);
                  }}
                >
                  <Table.Td style={NOWRAP}>
                    <Anchor component={Link} to={`/cohorts/${c.fiscalYear}`} fw={600} c="desk.8">
                      {fyLabel(c.fiscalYear, 'en')}
                    </Anchor>
                    {/* Japanese documents name the year with its era, whatever the app's language. */}
                    <Text size="xs" lang="ja">
                      {fyLabel(c.fiscalYear, 'ja')}
                    </Text>
                  </Table.Td>
                  <Table.Td style={NOWRAP}>{t('cohorts.range', { start: c.introStart, end: c.introEnd })}</Table.Td>
                  <Table.Td style={NOWRAP}>
                    {t('cohorts.range', { start: c.programmeStart, end: c.programmeEnd })}
                  </Table.Td>
                  <Table.Td>{c.sessions}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {t('cohorts.traineeCount', { count: c.trainees })}
                    </Text>
                    {c.trainees > 0 && (
                      <Text size="xs" c="dimmed">
                        {counts(c)}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <CohortFormModal
        opened={creating !== null}
        existing={null}
        defaultFiscalYear={creating ?? working}
        onClose={() => setCreating(null)}
        onSaved={(cohort) => {
          setCreating(null);
          notifySaved(t('cohorts.created', { fy: fyLabel(cohort.fiscalYear, lang) }));
          navigate(`/cohorts/${cohort.fiscalYear}`);
        }}
      />
    </Stack>
  );
}
