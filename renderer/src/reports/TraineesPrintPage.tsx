// Several trainees' progress reports in one document (the trainee list's "Print reports"): each one as
// the single trainee report prints it, letterhead included, each starting on a new page.
import { useSearchParams } from 'react-router-dom';
import { todayIso } from '../../../shared/fiscal-year';
import { Letterhead } from '../ui/print/Letterhead';
import { usePrintOptions } from '../ui/print/options';
import { PrintFrame } from '../ui/print/PrintFrame';
import { TraineeReportBody } from './doc/TraineeReportBody';
import { parseIds, useTraineesReport } from './queries';

export function TraineesPrintPage() {
  const [params] = useSearchParams();
  const ids = parseIds(params.get('ids'));
  const { lang, showSensitive, t } = usePrintOptions();
  const query = useTraineesReport(ids, showSensitive);
  const doc = query.data;
  const heading = t('reports.doc.traineeTitle');
  const date = todayIso(doc ? new Date(doc.generatedAt) : new Date());
  return (
    <PrintFrame
      title={t('reports.doc.traineesTitle', { count: ids.length })}
      ready={query.isSuccess}
      hasSensitive
      error={query.error}
      printDate={date}
    >
      {doc?.trainees.map((r, i) => (
        <section key={r.identity.id} className={i > 0 ? 'pd-new-page' : undefined} data-testid="print-trainee-section">
          <Letterhead t={t} title={heading} date={date} subject={t('reports.doc.ref', { ref: r.identity.ref })} />
          <TraineeReportBody report={r} staffName={doc.staffName} t={t} lang={lang} />
        </section>
      ))}
    </PrintFrame>
  );
}
