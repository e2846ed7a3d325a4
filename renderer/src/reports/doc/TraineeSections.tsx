// The per-trainee sections of a cohort or host report: each starts on a new page under a slim band
// (the report's kind, the trainee's ref), then the same body as the trainee report and its signatures.
import type { TFunction } from 'i18next';
import type { TraineeReport } from '../../../../shared/reports/schema';
import type { Language } from '../../../../shared/settings/schema';
import { TraineeReportBody } from './TraineeReportBody';

export function TraineeSections({
  trainees,
  staffName,
  t,
  lang,
}: {
  trainees: TraineeReport[];
  staffName: string | null;
  t: TFunction;
  lang: Language;
}) {
  return trainees.map((r) => (
    <section key={r.identity.id} className="pd-new-page" data-testid="print-trainee-section">
      <div className="pd-band">
        <h2 className="pd-band-title">{t('reports.doc.traineeTitle')}</h2>
        <div className="pd-doc-meta">
          <div>{t('reports.doc.ref', { ref: r.identity.ref })}</div>
          <div>{t('reports.doc.orgEn')}</div>
        </div>
      </div>
      <TraineeReportBody report={r} staffName={staffName} t={t} lang={lang} />
    </section>
  ));
}
