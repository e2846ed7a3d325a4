// The cohort report: the cohort's facts and a summary table of its trainees, then one section per
// trainee, each starting on a new page.
import { useParams } from 'react-router-dom';
import { todayIso } from '../../../shared/fiscal-year';
import { Letterhead } from '../ui/print/Letterhead';
import { usePrintOptions } from '../ui/print/options';
import { PrintFrame } from '../ui/print/PrintFrame';
import { PrintDates, printDate } from './doc/dates';
import { Facts } from './doc/Facts';
import { SummaryTable } from './doc/SummaryTable';
import { TraineeSections } from './doc/TraineeSections';
import { fyText, rangeText } from './doc/text';
import { useCohortReport } from './queries';

export function CohortPrintPage() {
  const { fiscalYear } = useParams();
  const { lang, showSensitive, t } = usePrintOptions();
  const query = useCohortReport(fiscalYear, showSensitive);
  const doc = query.data;
  const heading = t('reports.doc.cohortTitle');
  const fy = doc ? fyText(doc.fiscalYear, lang) : '';
  const format = printDate(doc?.dateDisplay, lang);
  const date = format(todayIso(doc ? new Date(doc.generatedAt) : new Date()));
  return (
    <PrintFrame
      title={doc ? `${heading} – ${fy}` : heading}
      ready={query.isSuccess}
      hasSensitive
      error={query.error}
      printDate={date}
    >
      {doc && (
        <PrintDates format={format}>
          <Letterhead t={t} title={heading} date={date} subject={fy} />
          <section className="pd-section pd-keep">
            <h2 className="pd-h2">{t('reports.section.cohort')}</h2>
            {doc.cohort ? (
              <Facts
                facts={[
                  [t('reports.programme.cohort'), fy],
                  [t('reports.doc.traineesLabel'), t('reports.doc.people', { count: doc.summary.length })],
                  [
                    t('reports.programme.introPeriod'),
                    rangeText(t, format, doc.cohort.introStart, doc.cohort.introEnd),
                  ],
                  [
                    t('reports.programme.programmePeriod'),
                    rangeText(t, format, doc.cohort.programmeStart, doc.cohort.programmeEnd),
                  ],
                ]}
              />
            ) : (
              <p className="pd-empty">{t('reports.programme.noCohort')}</p>
            )}
          </section>
          <section className="pd-section">
            <h2 className="pd-h2">{t('reports.section.summary')}</h2>
            <SummaryTable rows={doc.summary} t={t} lang={lang} />
          </section>
          <TraineeSections trainees={doc.trainees} staffName={doc.staffName} t={t} lang={lang} />
        </PrintDates>
      )}
    </PrintFrame>
  );
}
