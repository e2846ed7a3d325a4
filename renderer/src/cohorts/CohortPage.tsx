// #/cohorts/:fiscalYear: the cohort's dates and summary, the sessions of its introductory month, the
// attendance grid with each trainee's completion, and where the dates say a status is behind. The
// printed report comes from the reports feature as a slot, filled by app/routes/CohortRoute.
import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { japaneseEraFiscalYear } from '../../../shared/fiscal-year';
import { api } from '../api/client';
import { fyLabel, useLang } from '../i18n/format';
import { errorOf, errorText } from '../i18n/messages';
import { notifySaved } from '../i18n/notify';
import { BackLink } from '../ui/BackLink';
import { ExportMenu } from '../ui/exports/ExportMenu';
import { RecordHistory } from '../ui/history/RecordHistory';
import { AttendanceSection } from './AttendanceSection';
import { CohortFormModal } from './CohortFormModal';
import { CohortSummary } from './CohortSummary';
import { useCohortGrid } from './queries';
import { SessionsSection } from './SessionsSection';
import { StatusHints } from './StatusHints';

export function CohortPage({ print }: { print: ReactNode }) {
  const { t } = useTranslation();
  const lang = useLang();
  const fiscalYear = Number(useParams().fiscalYear);
  const query = useCohortGrid(fiscalYear);
  const [editing, setEditing] = useState(false);
  const grid = query.data;

  const back = <BackLink to="/cohorts">{t('cohorts.backToList')}</BackLink>;

  if (query.isPending && query.fetchStatus !== 'idle') return <Loader aria-label={t('common.loading')} />;
  if (!grid) {
    const missing = !query.isError || errorOf(query.error).code === 'not_found';
    return (
      <Stack align="flex-start">
        {back}
        <Alert color={missing ? 'yellow' : 'red'} c={missing ? 'dark.7' : undefined} data-testid="cohort-missing">
          {missing
            ? t('cohorts.missing', { fy: Number.isInteger(fiscalYear) ? fyLabel(fiscalYear, lang) : '' })
            : errorText(t, query.error)}
        </Alert>
      </Stack>
    );
  }

  const { cohort } = grid;
  return (
    <Stack gap="md">
      {back}
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          {/* In Japanese the full-width bracket brings its own space. */}
          <Group gap={lang === 'ja' ? 0 : 'sm'} align="baseline">
            <Title order={1} size="h2" data-testid="cohort-title">
              {t('cohorts.cohortTitle', { fy: fyLabel(cohort.fiscalYear, lang, true) })}
            </Title>
            {/* The era name as Japanese documents give it; in Japanese the year is in the title already. */}
            <Text lang="ja">
              {lang === 'ja' ? `（${japaneseEraFiscalYear(cohort.fiscalYear)}）` : fyLabel(cohort.fiscalYear, 'ja')}
            </Text>
            {query.isFetching && <Loader size="xs" aria-label={t('common.loading')} data-testid="cohort-fetching" />}
          </Group>
          <Text size="sm" data-testid="cohort-dates">
            {t('cohorts.datesLine', {
              introStart: cohort.introStart,
              introEnd: cohort.introEnd,
              programmeStart: cohort.programmeStart,
              programmeEnd: cohort.programmeEnd,
            })}
          </Text>
          {cohort.notes && (
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
              {cohort.notes}
            </Text>
          )}
        </Stack>
        <Group gap="xs">
          {print}
          <ExportMenu
            testId="cohort-export"
            make={(format, language) =>
              api().call('exports.cohort', { format, language, fiscalYear: cohort.fiscalYear })
            }
          />
          <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
            {t('cohorts.edit')}
          </Button>
        </Group>
      </Group>
      <CohortSummary summary={grid.summary} />
      <StatusHints grid={grid} />
      <SessionsSection grid={grid} />
      <AttendanceSection grid={grid} />
      <RecordHistory entity="cohort" id={String(cohort.fiscalYear)} />
      <CohortFormModal
        opened={editing}
        existing={cohort}
        defaultFiscalYear={cohort.fiscalYear}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          notifySaved(t('cohorts.updated', { fy: fyLabel(cohort.fiscalYear, lang) }));
        }}
      />
    </Stack>
  );
}
