// #/dispatch/history: the dispatches by fiscal year × country and by field, for a range of years kept
// in the URL, each figure split into what CLAIR's list of past projects says and what the app records;
// then the projects themselves. Print opens the print view with the same range; Export gives Excel
// (every table) or CSV (the table chosen).
import { Alert, Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import { useReferenceLabels } from '../../api/reference';
import { fyLabel, useLang } from '../../i18n/format';
import { errorText } from '../../i18n/messages';
import { ExportMenu } from '../../ui/exports/ExportMenu';
import { SearchableSelect } from '../../ui/forms/SearchableSelect';
import { ListTitle } from '../../ui/lists/ListTitle';
import { parseRange, rangeParams, toStatsQuery, type YearRange } from '../../ui/rangeParams';
import '../dispatch.css';
import { expertiseLabel, FIRST_YEAR, upcomingFiscalYear } from '../options';
import { useDispatchHistory, useExpertise } from '../queries';
import { ByCountryTable, ByFieldTable, ProjectsTable } from './HistoryTables';
import { SourcedLegend } from './SourcedCell';

type ExportTable = 'byCountry' | 'byField' | 'projects';

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

export function HistoryPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  const range = parseRange(params);
  const query = toStatsQuery(range);
  const history = useDispatchHistory(query);
  const labels = useReferenceLabels();
  const field = expertiseLabel(useExpertise().data, lang);
  const [table, setTable] = useState<ExportTable>('byCountry');
  const update = (next: YearRange) => setParams(rangeParams(next), { replace: true });
  const years: number[] = [];
  for (let y = upcomingFiscalYear() + 1; y >= FIRST_YEAR; y--) years.push(y);
  const options = (keep: (y: number) => boolean) =>
    years.filter(keep).map((y) => ({ value: String(y), label: fyLabel(y, lang, true) }));
  const data = history.data;

  return (
    <Stack gap="md">
      <ListTitle
        title={t('dispatch.history.title')}
        fetching={history.isFetching}
        actions={
          <>
            <Button
              component={Link}
              to={`/print/dispatch-history?${rangeParams(range, { lang })}`}
              variant="default"
              leftSection={<IconPrinter size={16} aria-hidden />}
              data-testid="history-print"
            >
              {t('dispatch.history.print')}
            </Button>
            <SegmentedControl
              aria-label={t('dispatch.history.exportTable')}
              value={table}
              onChange={(v) => setTable(v as ExportTable)}
              data={(['byCountry', 'byField', 'projects'] as const).map((v) => ({
                value: v,
                label: t(`dispatch.history.table.${v}`),
              }))}
            />
            <ExportMenu
              testId="history-export"
              make={(format, language) => api().call('exports.dispatchHistory', { format, language, table, query })}
            />
          </>
        }
      />
      <Text size="sm" c="dimmed">
        {t('dispatch.history.intro')}
      </Text>
      <Group align="flex-end" gap="sm">
        <SearchableSelect
          label={t('dispatch.history.from')}
          placeholder={t('dispatch.history.firstYear')}
          data={options((y) => range.to === null || y <= range.to)}
          value={range.from === null ? null : String(range.from)}
          onChange={(v) => update({ ...range, from: v ? Number(v) : null })}
          clearable
          w={150}
          data-testid="history-from"
        />
        <SearchableSelect
          label={t('dispatch.history.to')}
          placeholder={t('dispatch.history.lastYear')}
          data={options((y) => range.from === null || y >= range.from)}
          value={range.to === null ? null : String(range.to)}
          onChange={(v) => update({ ...range, to: v ? Number(v) : null })}
          clearable
          w={150}
          data-testid="history-to"
        />
        {(range.from !== null || range.to !== null) && (
          <Button variant="subtle" onClick={() => update({ from: null, to: null })}>
            {t('dispatch.history.allYears')}
          </Button>
        )}
      </Group>
      {history.isError && <Alert color="red">{errorText(t, history.error)}</Alert>}
      {data && data.projects.length === 0 && (
        <Alert color="gray" data-testid="history-empty">
          {t('dispatch.history.empty')}
        </Alert>
      )}
      {data && data.projects.length > 0 && (
        <>
          <SourcedLegend t={t} />
          <Section id="history-country" title={t('dispatch.history.byCountry')}>
            <div className="dp-scroll">
              <ByCountryTable history={data} t={t} lang={lang} className="dp-table" />
            </div>
          </Section>
          <Section id="history-field" title={t('dispatch.history.byField')}>
            <ByFieldTable history={data} t={t} lang={lang} className="dp-table" />
          </Section>
          <Section id="history-projects" title={t('dispatch.history.projectList', { count: data.projects.length })}>
            <div className="dp-scroll">
              <ProjectsTable
                history={data}
                t={t}
                lang={lang}
                className="dp-table"
                country={labels.country}
                field={field}
              />
            </div>
          </Section>
        </>
      )}
    </Stack>
  );
}
