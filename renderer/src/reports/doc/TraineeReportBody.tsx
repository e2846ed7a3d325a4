// One trainee's report below the letterhead: identity, programme and attendance, placements,
// the progress record, the evaluation summary and the signature block. The trainee and cohort/host print views share it.
import type { TFunction } from 'i18next';
import type { TraineeReport } from '../../../../shared/reports/schema';
import type { Language } from '../../../../shared/settings/schema';
import { Entries } from './Entries';
import { EvaluationSummary } from './EvaluationSummary';
import { Identity } from './Identity';
import { Placements } from './Placements';
import { Programme } from './Programme';
import { Signatures } from './Signatures';

export function TraineeReportBody({
  report,
  staffName,
  t,
  lang,
}: {
  report: TraineeReport;
  staffName: string | null;
  t: TFunction;
  lang: Language;
}) {
  return (
    <>
      <Identity identity={report.identity} t={t} lang={lang} />
      <Programme report={report} t={t} lang={lang} />
      <Placements placements={report.placements} t={t} lang={lang} />
      <Entries entries={report.entries} scale={report.scale} t={t} lang={lang} />
      {/* The summary and the signatures stay together and with what is above them (print.css). */}
      <div className="pd-closing">
        <EvaluationSummary report={report} t={t} lang={lang} />
        <Signatures t={t} staffName={staffName} />
      </div>
    </>
  );
}
