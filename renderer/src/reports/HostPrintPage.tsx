// The host report: the host's details and contacts, a summary of its trainees, then one section per
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
import { nameIn, otherName, prefectureText } from './doc/text';
import { useHostReport } from './queries';

export function HostPrintPage() {
  const { id } = useParams();
  const { lang, showSensitive, t } = usePrintOptions();
  const query = useHostReport(id, showSensitive);
  const doc = query.data;
  const heading = t('reports.doc.hostTitle');
  const host = doc?.host;
  const format = printDate(doc?.dateDisplay, lang);
  const date = format(todayIso(doc ? new Date(doc.generatedAt) : new Date()));
  return (
    <PrintFrame
      title={host ? `${heading} – ${nameIn(host, lang)}` : heading}
      ready={query.isSuccess}
      hasSensitive
      error={query.error}
      printDate={date}
    >
      {doc && host && (
        <PrintDates format={format}>
          <Letterhead t={t} title={heading} date={date} subject={nameIn(host, lang)} />
          <section className="pd-section pd-keep">
            <h2 className="pd-h2">{t('reports.section.host')}</h2>
            <div className="pd-names">
              <div className="pd-name-main">{nameIn(host, lang)}</div>
              {otherName(host, lang) && <div className="pd-name-other">{otherName(host, lang)}</div>}
            </div>
            <Facts
              facts={[
                [t('reports.host.kind'), t(`hosts.kind.${host.kind}`)],
                [t('reports.host.prefecture'), prefectureText(host.prefecture, lang)],
                [t('reports.host.address'), host.address],
                [t('reports.doc.traineesLabel'), t('reports.doc.people', { count: doc.summary.length })],
              ]}
            />
            {host.contacts.length > 0 && (
              <Facts
                wide
                facts={[
                  [
                    t('reports.host.contacts'),
                    host.contacts.map((c) => [c.name, c.title, c.department].filter(Boolean).join(', ')).join(' / '),
                  ],
                ]}
              />
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
