// #/print/statistics?from=…&to=…&lang=…: the statistics as an A4 document inside the print frame: the
// country × fiscal-year table (wide ranges in groups of 12 years, so the columns stay legible in
// portrait), a stacked chart per fiscal year, CLAIR's printed table beside the app's figures, the
// by-field table and chart, and the by-host table.
import './print.css';
import type { TFunction } from 'i18next';
import { useSearchParams } from 'react-router-dom';
import { todayIso } from '../../../shared/fiscal-year';
import { PREFECTURES } from '../../../shared/hosts/prefectures';
import type { Language } from '../../../shared/settings/schema';
import { fyLabel } from '../i18n/format';
import { Letterhead } from '../ui/print/Letterhead';
import { usePrintOptions } from '../ui/print/options';
import { PrintFrame } from '../ui/print/PrintFrame';
import { yearGroups } from '../ui/print/yearGroups';
import { parseRange, toStatsQuery } from '../ui/rangeParams';
import { CombinedPrint } from './CombinedPrint';
import { byField, byYear, nameIn } from './chartData';
import { PrintFieldChart, PrintStackedChart } from './PrintCharts';
import { type Statistics, useCombined, useStatistics } from './queries';

/** Year columns per table in portrait: with the country and total columns, 14 columns across 180 mm. */
const YEARS_PER_TABLE = 12;

const Cell = ({ n }: { n: number }) => (
  <td className={`pd-num${n === 0 ? ' st-print-zero' : ''}`}>{n.toLocaleString()}</td>
);

function CountryYearTables({ stats, t, lang }: { stats: Statistics; t: TFunction; lang: Language }) {
  const { rows, totals, grandTotal, years } = stats.countryYear;
  const groups = yearGroups(years, YEARS_PER_TABLE);
  return (
    <>
      {groups.map((group, g) => {
        const last = g === groups.length - 1;
        const slice = (counts: number[]) => counts.slice(group.start, group.start + group.years.length);
        return (
          <table key={group.start} className="pd-table st-print-table" data-testid="print-country-year">
            {g > 0 && <caption className="st-print-caption">{t('statistics.printDoc.continued')}</caption>}
            <thead>
              <tr>
                <th scope="col">{t('statistics.col.country')}</th>
                {group.years.map((fy) => (
                  <th key={fy} scope="col" className="pd-num">
                    {fyLabel(fy, lang, true)}
                  </th>
                ))}
                {last && (
                  <th scope="col" className="pd-num">
                    {t('statistics.col.total')}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.code}>
                  <th scope="row">{nameIn(r, lang)}</th>
                  {slice(r.counts).map((n, i) => (
                    <Cell key={group.years[i]} n={n} />
                  ))}
                  {last && <Cell n={r.total} />}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('statistics.col.total')}</th>
                {slice(totals).map((n, i) => (
                  <Cell key={group.years[i]} n={n} />
                ))}
                {last && <Cell n={grandTotal} />}
              </tr>
            </tfoot>
          </table>
        );
      })}
    </>
  );
}

export function StatisticsPrintPage() {
  const [params] = useSearchParams();
  const range = parseRange(params);
  const { lang, t } = usePrintOptions();
  const query = useStatistics(toStatsQuery(range));
  // The combined table follows when it answers; a core without it leaves the rest printable.
  const combined = useCombined(toStatsQuery(range));
  const stats = query.data;
  const heading = t('statistics.printDoc.title');
  const years = stats?.countryYear.years ?? [];
  const first = range.from ?? years[0];
  const last = range.to ?? years.at(-1);
  const subject =
    range.from === null && range.to === null
      ? t('statistics.printDoc.allYears')
      : first !== undefined && last !== undefined
        ? t('statistics.range', { from: fyLabel(first, lang, true), to: fyLabel(last, lang, true) })
        : '';
  const date = todayIso();
  const perYear = stats ? byYear(stats, (fy) => fyLabel(fy, lang, true), lang) : null;
  return (
    <PrintFrame
      title={subject ? `${heading} – ${subject}` : heading}
      ready={query.isSuccess && !combined.isPending}
      error={query.error}
      printDate={date}
    >
      {stats && perYear && (
        <div className="st-print">
          <Letterhead t={t} title={heading} date={date} subject={subject} />
          <p className="pd-small pd-muted">{t('statistics.printDoc.basis')}</p>
          <p className="st-print-total" data-testid="print-total">
            {t('statistics.total', { count: stats.total })}
          </p>
          <section className="pd-section">
            <h2 className="pd-h2">{t('statistics.printDoc.countryYear')}</h2>
            {stats.total === 0 ? (
              <p className="pd-empty">{t('statistics.empty')}</p>
            ) : (
              <>
                <CountryYearTables stats={stats} t={t} lang={lang} />
                <div className="pd-keep">
                  <h3 className="pd-h3">{t('statistics.printDoc.chartPerYear')}</h3>
                  <PrintStackedChart
                    data={perYear.data}
                    series={perYear.series}
                    label={t('statistics.chart.perYearLabel')}
                  />
                </div>
              </>
            )}
          </section>
          {combined.data && <CombinedPrint data={combined.data} t={t} lang={lang} />}
          {stats.total > 0 && (
            <section className="pd-section pd-keep">
              <h2 className="pd-h2">{t('statistics.printDoc.byField')}</h2>
              <table className="pd-table st-print-narrow" data-testid="print-by-field">
                <thead>
                  <tr>
                    <th scope="col">{t('statistics.col.field')}</th>
                    <th scope="col" className="pd-num">
                      {t('statistics.col.trainees')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {stats.byField.map((f) => (
                    <tr key={f.fieldId}>
                      <th scope="row">{nameIn(f, lang)}</th>
                      <Cell n={f.count} />
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{t('statistics.col.total')}</th>
                    <Cell n={stats.total} />
                  </tr>
                </tfoot>
              </table>
              <PrintFieldChart data={byField(stats, lang)} label={t('statistics.chart.byFieldLabel')} />
            </section>
          )}
          {stats.byHost.length > 0 && (
            <section className="pd-section">
              <h2 className="pd-h2">{t('statistics.printDoc.byHost')}</h2>
              <p className="pd-small pd-muted">{t('statistics.hostNote')}</p>
              <table className="pd-table" data-testid="print-by-host">
                <thead>
                  <tr>
                    <th scope="col">{t('statistics.col.host')}</th>
                    <th scope="col">{t('statistics.col.prefecture')}</th>
                    <th scope="col" className="pd-num">
                      {t('statistics.col.trainees')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {stats.byHost.map((h) => (
                    <tr key={h.hostId}>
                      <th scope="row">{nameIn(h, lang)}</th>
                      <td>{PREFECTURES[h.prefecture - 1]?.[lang] ?? h.prefecture}</td>
                      <Cell n={h.count} />
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
        </div>
      )}
    </PrintFrame>
  );
}
