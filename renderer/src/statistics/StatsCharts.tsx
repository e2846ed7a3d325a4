// The statistics as bar charts on screen (@mantine/charts). Each chart is an image with a label that
// says what it shows and that the table beside it gives the same figures: the tables are the text
// alternative, so the charts' own keyboard layer is off (it would only repeat them, less clearly).
import { BarChart } from '@mantine/charts';
import { SegmentedControl, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/settings/schema';
import { fyLabel } from '../i18n/format';
import { byCountry, byField, byYear, countryColor } from './chartData';
import type { Statistics } from './queries';

type View = 'perYear' | 'perCountry';

export function CountryYearChart({ stats, lang }: { stats: Statistics; lang: Language }) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('perYear');
  const perYear = byYear(stats, (fy) => fyLabel(fy, lang, true), lang);
  const perCountry = byCountry(stats, lang).map((c) => ({ ...c, color: countryColor(c.code) }));
  return (
    <Stack gap="xs">
      <SegmentedControl
        aria-label={t('statistics.chart.view')}
        value={view}
        onChange={(v) => setView(v as View)}
        data={[
          { value: 'perYear', label: t('statistics.chart.perYear') },
          { value: 'perCountry', label: t('statistics.chart.perCountry') },
        ]}
        w="fit-content"
        data-testid="stats-chart-view"
      />
      <div
        role="img"
        aria-label={t(view === 'perYear' ? 'statistics.chart.perYearLabel' : 'statistics.chart.perCountryLabel')}
        data-testid="stats-chart-country-year"
      >
        {view === 'perYear' ? (
          <BarChart
            h={320}
            data={perYear.data}
            dataKey="year"
            type="stacked"
            series={perYear.series}
            withLegend
            // The legend in the table's order (recharts would sort it by the series' keys).
            legendProps={{
              verticalAlign: 'bottom',
              height: 56,
              itemSorter: (item) => perYear.series.findIndex((s) => s.name === item.dataKey),
            }}
            accessibilityLayer={false}
            tooltipAnimationDuration={0}
            yAxisProps={{ allowDecimals: false }}
            xAxisProps={{ interval: 'preserveStartEnd' }}
            textColor="gray.8"
          />
        ) : (
          <BarChart
            h={320}
            data={perCountry}
            dataKey="name"
            series={[{ name: 'count', label: t('statistics.chart.trainees'), color: 'desk.7' }]}
            accessibilityLayer={false}
            tooltipAnimationDuration={0}
            yAxisProps={{ allowDecimals: false }}
            xAxisProps={{ interval: 0 }}
            textColor="gray.8"
          />
        )}
      </div>
    </Stack>
  );
}

export function FieldChart({ stats, lang }: { stats: Statistics; lang: Language }) {
  const { t } = useTranslation();
  const data = byField(stats, lang);
  return (
    <div role="img" aria-label={t('statistics.chart.byFieldLabel')} data-testid="stats-chart-by-field">
      <BarChart
        h={Math.max(160, 48 + data.length * 36)}
        data={data}
        dataKey="name"
        orientation="vertical"
        series={[{ name: 'count', label: t('statistics.chart.trainees'), color: 'desk.7' }]}
        accessibilityLayer={false}
        tooltipAnimationDuration={0}
        gridAxis="y"
        yAxisProps={{ width: 170 }}
        xAxisProps={{ allowDecimals: false }}
        textColor="gray.8"
      />
    </div>
  );
}
