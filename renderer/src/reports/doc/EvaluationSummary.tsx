// Each criterion's mid-term, final and latest score, with the scale the scores are on.
import type { TFunction } from 'i18next';
import type { TraineeReport } from '../../../../shared/reports/schema';
import type { Language } from '../../../../shared/settings/schema';
import { EmptySection } from './EmptySection';
import { nameIn, scoreText } from './text';

export function EvaluationSummary({ report, t, lang }: { report: TraineeReport; t: TFunction; lang: Language }) {
  const rows = report.evaluationSummary;
  const rated = rows.some((r) => r.latest !== null);
  if (!rated) return <EmptySection title={t('reports.section.evaluation')} note={t('reports.evaluation.none')} />;
  const levels = report.scale.map((l) => `${l.score} ${lang === 'ja' ? l.labelJa : l.labelEn}`).join(' · ');
  return (
    <section className="pd-section pd-keep">
      <h2 className="pd-h2">{t('reports.section.evaluation')}</h2>
      <table className="pd-table" data-testid="print-evaluation-summary">
        <thead>
          <tr>
            <th scope="col">{t('reports.evaluation.criterion')}</th>
            <th scope="col">{t('reports.evaluation.midTerm')}</th>
            <th scope="col">{t('reports.evaluation.final')}</th>
            <th scope="col">{t('reports.evaluation.latest')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.criterionId}>
              <td>{nameIn(r, lang)}</td>
              <td className="pd-nowrap">{scoreText(r.midTerm, report.scale, lang)}</td>
              <td className="pd-nowrap">{scoreText(r.final, report.scale, lang)}</td>
              <td className="pd-nowrap">{scoreText(r.latest, report.scale, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.scale.length > 0 && (
        <p className="pd-small pd-muted" style={{ margin: '1.5mm 0 0' }}>
          {t('reports.evaluation.scale', { levels })}
        </p>
      )}
    </section>
  );
}
