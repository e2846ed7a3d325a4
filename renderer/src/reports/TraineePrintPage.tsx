// The trainee progress report: letterhead, the trainee's report, the signature block.
import { useParams } from 'react-router-dom';
import { todayIso } from '../../../shared/fiscal-year';
import { Letterhead } from '../ui/print/Letterhead';
import { usePrintOptions } from '../ui/print/options';
import { PrintFrame } from '../ui/print/PrintFrame';
import { PrintDates, printDate } from './doc/dates';
import { TraineeReportBody } from './doc/TraineeReportBody';
import { useTraineeReport } from './queries';

export function TraineePrintPage() {
  const { id } = useParams();
  const { lang, showSensitive, t } = usePrintOptions();
  const query = useTraineeReport(id, showSensitive);
  const doc = query.data;
  const heading = t('reports.doc.traineeTitle');
  const format = printDate(doc?.dateDisplay, lang);
  const date = format(todayIso(doc ? new Date(doc.generatedAt) : new Date()));
  return (
    <PrintFrame
      title={doc ? `${heading} – ${doc.report.identity.fullName}` : heading}
      ready={query.isSuccess}
      hasSensitive
      error={query.error}
      printDate={date}
    >
      {doc && (
        <PrintDates format={format}>
          <Letterhead
            t={t}
            title={heading}
            date={date}
            subject={t('reports.doc.ref', { ref: doc.report.identity.ref })}
          />
          <TraineeReportBody report={doc.report} staffName={doc.staffName} t={t} lang={lang} />
        </PrintDates>
      )}
    </PrintFrame>
  );
}
