// #/statistics: accepted trainees by country × fiscal year (the source text's table, with totals), by
// field and by host, as tables and charts, for a range of fiscal years kept in the URL. Export gives
// Excel (every table) or CSV (the table shown); Print opens the print view with the same range.
import '@mantine/charts/styles.css';
import './statistics.css';
import { Alert, Button, Group, Loader, Select, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../api/client';
import { useFacets } from '../api/trainees';
import { fyLabel, useLang } from '../i18n/format';
import { errorText } from '../i18n/messages';
import { ExportMenu } from '../ui/exports/ExportMenu';
import { ListTitle } from '../ui/lists/ListTitle';
import { parseRange, rangeParams, toStatsQuery, type YearRange } from '../ui/rangeParams';
import { WhenNear } from '../ui/WhenNear';
import { CombinedSection } from './CombinedSection';
import { useStatistics } from './queries';
import { CountryYearTable, FieldTable, HostTable } from './StatsTables';

// The charts (and their library) load when one comes near the window: the tables above them come first.
const CountryYearChart = lazy(() => import('./StatsCharts').then((m) => ({ default: m.CountryYearChart })));
const FieldChart = lazy(() => import('./StatsCharts').then((m) => ({ default: m.FieldChart })));

const TABS = ['countryYear', 'byField', 'byHost'] as const;
type Tab = (typeof TABS)[number];

export function StatisticsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  const range = parseRange(params);
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as Tab)
    : 'countryYear';
  const query = toStatsQuery(range);
  const stats = useStatistics(query);
  const facetYears = useFacets().data?.fiscalYears ?? [];
  const years = [...new Set([...facetYears, ...(stats.data?.countryYear.years ?? [])])].sort((a, b) => a - b);

  const update = (next: YearRange, nextTab: Tab = tab) =>
    setParams(rangeParams(next, nextTab === 'countryYear' ? {} : { tab: nextTab }), { replace: true });
  const yearOptions = (keep: (y: number) => boolean) =>
    years.filter(keep).map((y) => ({ value: String(y), label: fyLabel(y, lang, true) }));

  const data = stats.data;
  const empty = (
    <Alert color="gray" data-testid="stats-empty">
      {t('statistics.empty')}
    </Alert>
  );
  return (
    <Stack gap="md">
      <ListTitle
        title={t('statistics.title')}
        count={data ? t('statistics.total', { count: data.total }) : null}
        countTestId="stats-total"
        fetching={stats.isFetching}
        actions={
          <>
            <Button
              component={Link}
              to={`/print/statistics?${rangeParams(range, { lang })}`}
              variant="default"
              leftSection={<IconPrinter size={16} aria-hidden />}
              data-testid="stats-print"
            >
              {t('statistics.print')}
            </Button>
            <ExportMenu
              testId="stats-export"
              make={(format, language) => api().call('exports.statistics', { format, language, table: tab, query })}
            />
          </>
        }
      />
      <Text size="sm" c="dimmed">
        {t('statistics.intro')}
      </Text>
      <Group align="flex-end" gap="sm">
        <Select
          label={t('statistics.from')}
          placeholder={t('statistics.firstYear')}
          data={yearOptions((y) => range.to === null || y <= range.to)}
          value={range.from === null ? null : String(range.from)}
          onChange={(v) => update({ ...range, from: v ? Number(v) : null })}
          clearable
          w={150}
          data-testid="stats-from"
        />
        <Select
          label={t('statistics.to')}
          placeholder={t('statistics.lastYear')}
          data={yearOptions((y) => range.from === null || y >= range.from)}
          value={range.to === null ? null : String(range.to)}
          onChange={(v) => update({ ...range, to: v ? Number(v) : null })}
          clearable
          w={150}
          data-testid="stats-to"
        />
        {(range.from !== null || range.to !== null) && (
          <Button variant="subtle" onClick={() => update({ from: null, to: null })}>
            {t('statistics.rangeAll')}
          </Button>
        )}
      </Group>
      {stats.isError && (
        <Alert color="red" title={t('statistics.loadFailed')}>
          {errorText(t, stats.error)}
        </Alert>
      )}
      {data && (
        <Tabs value={tab} onChange={(v) => update(range, (v as Tab) ?? 'countryYear')} keepMounted={false}>
          <Tabs.List>
            {TABS.map((key) => (
              <Tabs.Tab key={key} value={key} data-testid={`stats-tab-${key}`}>
                {t(`statistics.tabs.${key}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <div data-testid="stats-panel" aria-busy={stats.isFetching}>
            <Tabs.Panel value="countryYear" pt="md">
              {data.total === 0 ? (
                empty
              ) : (
                <Stack gap="lg">
                  <CountryYearTable stats={data} lang={lang} />
                  <WhenNear minHeight={400}>
                    <Suspense fallback={<Loader aria-label={t('common.loading')} />}>
                      <CountryYearChart stats={data} lang={lang} />
                    </Suspense>
                  </WhenNear>
                </Stack>
              )}
            </Tabs.Panel>
            <Tabs.Panel value="byField" pt="md">
              {data.total === 0 ? (
                empty
              ) : (
                <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
                  <FieldTable stats={data} lang={lang} />
                  <WhenNear minHeight={200}>
                    <Suspense fallback={<Loader aria-label={t('common.loading')} />}>
                      <FieldChart stats={data} lang={lang} />
                    </Suspense>
                  </WhenNear>
                </SimpleGrid>
              )}
            </Tabs.Panel>
            <Tabs.Panel value="byHost" pt="md">
              {data.byHost.length === 0 ? (
                <Alert color="gray" data-testid="stats-empty">
                  {t(data.total === 0 ? 'statistics.empty' : 'statistics.emptyHosts')}
                </Alert>
              ) : (
                <HostTable stats={data} lang={lang} />
              )}
            </Tabs.Panel>
          </div>
        </Tabs>
      )}
      <CombinedSection query={query} />
    </Stack>
  );
}
