// #/print/dispatch-history?from=…&to=…&lang=…: the history of dispatches as an A4 document inside the
// print frame — by country × fiscal year (wide ranges in groups of years so the columns stay legible
// in portrait), by field, and the projects — each figure split into CLAIR's list and the app's records.
import './print.css';
import type { TFunction } from 'i18next';
import { useSearchParams } from 'react-router-dom';
import { todayIso } from '../../../../shared/fiscal-year';
import { nameOf, useCountries } from '../../api/reference';
import { fyLabel } from '../../i18n/format';
import { Letterhead } from '../../ui/print/Letterhead';
import { usePrintOptions } from '../../ui/print/options';
import { PrintFrame } from '../../ui/print/PrintFrame';
import { yearGroups } from '../../ui/print/yearGroups';
import { parseRange, toStatsQuery } from '../../ui/rangeParams';
import { expertiseLabel } from '../options';
import { useDispatchHistory, useExpertise } from '../queries';
import { ByCountryTable, ByFieldTable, ProjectsTable } from './HistoryTables';
import { SourcedLegend } from './SourcedCell';

/** Year columns per table in portrait: with the country and total columns, 12 across 180 mm. */
const YEARS_PER_TABLE = 10;

/** The letterhead names the programme; this document is the Specialist Dispatch Project's. */
function withProgramme(t: TFunction): TFunction {
  const say = t as unknown as (key: string, ...rest: unknown[]) => string;
  const wrapped = (key: string, ...rest: unknown[]) =>
    key === 'reports.doc.programme' ? say('dispatch.printDoc.programme') : say(key, ...rest);
  return wrapped as unknown as TFunction;
}

export function HistoryPrintPage() {
  const [params] = useSearchParams();
  const range = parseRange(params);
  const { lang, t } = usePrintOptions();
  const query = useDispatchHistory(toStatsQuery(range));
  const countries = useCountries().data;
  const field = expertiseLabel(useExpertise().data, lang);
  const history = query.data;
  const heading = t('dispatch.printDoc.title');
  const years = history?.years ?? [];
  const first = range.from ?? years[0];
  const last = range.to ?? years.at(-1);
  const subject =
    range.from === null && range.to === null
      ? t('dispatch.printDoc.allYears')
      : first !== undefined && last !== undefined
        ? t('dispatch.printDoc.range', { from: fyLabel(first, lang, true), to: fyLabel(last, lang, true) })
        : '';
  const date = todayIso();
  const country = (code: string) => {
    const c = countries?.find((x) => x.code === code);
    return c ? nameOf(c, lang) : code;
  };
  const groups = yearGroups(years, YEARS_PER_TABLE);
  return (
    <PrintFrame
      title={subject ? `${heading} – ${subject}` : heading}
      ready={query.isSuccess && countries !== undefined}
      error={query.error}
      printDate={date}
    >
      {history && (
        <div className="dh-print">
          <Letterhead t={withProgramme(t)} title={heading} date={date} subject={subject} />
          <p className="pd-small pd-muted">{t('dispatch.printDoc.basis')}</p>
          <p data-testid="print-total">
            <strong>
              {t('dispatch.printDoc.total', {
                count: history.grandTotal.reference + history.grandTotal.app,
                reference: history.grandTotal.reference,
                app: history.grandTotal.app,
              })}
            </strong>
          </p>
          <SourcedLegend t={t} />
          {history.projects.length === 0 ? (
            <p className="pd-empty">{t('dispatch.history.empty')}</p>
          ) : (
            <>
              <section className="pd-section">
                <h2 className="pd-h2">{t('dispatch.history.byCountry')}</h2>
                {groups.map((g, i) => (
                  <ByCountryTable
                    key={g.start}
                    history={history}
                    t={t}
                    lang={lang}
                    className="pd-table dh-country"
                    slice={{ start: g.start, count: g.years.length }}
                    withTotal={i === groups.length - 1}
                    caption={i > 0 ? t('dispatch.printDoc.continued') : undefined}
                  />
                ))}
              </section>
              <section className="pd-section">
                <h2 className="pd-h2">{t('dispatch.history.byField')}</h2>
                <ByFieldTable history={history} t={t} lang={lang} className="pd-table dh-narrow" />
              </section>
              <section className="pd-section">
                <h2 className="pd-h2">{t('dispatch.history.projectList', { count: history.projects.length })}</h2>
                <ProjectsTable
                  history={history}
                  t={t}
                  lang={lang}
                  className="pd-table"
                  country={country}
                  field={field}
                />
              </section>
            </>
          )}
        </div>
      )}
    </PrintFrame>
  );
}
