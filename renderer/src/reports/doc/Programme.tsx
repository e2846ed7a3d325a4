// The programme facts (cohort, its periods) and the introductory month's attendance.
import type { TFunction } from 'i18next';
import type { TraineeReport } from '../../../../shared/reports/schema';
import type { Language } from '../../../../shared/settings/schema';
import { usePrintDate } from './dates';
import { EmptySection } from './EmptySection';
import { Facts } from './Facts';
import { fyText, rangeText, rateText } from './text';

export function Programme({ report, t, lang }: { report: TraineeReport; t: TFunction; lang: Language }) {
  const { cohort, attendance: a } = report;
  const date = usePrintDate();
  if (!cohort && !a)
    return <EmptySection title={t('reports.section.programme')} note={t('reports.programme.noCohort')} />;
  return (
    <section className="pd-section pd-keep">
      <h2 className="pd-h2">{t('reports.section.programme')}</h2>
      {cohort ? (
        <Facts
          facts={[
            [t('reports.programme.cohort'), fyText(cohort.fiscalYear, lang)],
            [t('reports.programme.introPeriod'), rangeText(t, date, cohort.introStart, cohort.introEnd)],
            [t('reports.programme.programmePeriod'), rangeText(t, date, cohort.programmeStart, cohort.programmeEnd)],
          ]}
        />
      ) : (
        <p className="pd-empty">{t('reports.programme.noCohort')}</p>
      )}
      {a && (
        <>
          <h3 className="pd-h3" style={{ marginTop: '2mm' }}>
            {t('reports.section.attendance')}
          </h3>
          {a.held === 0 ? (
            <p className="pd-empty">{t('reports.attendance.noneHeld')}</p>
          ) : (
            <table className="pd-table">
              <thead>
                <tr>
                  {(['held', 'present', 'late', 'excused', 'absent', 'unmarked', 'rate', 'result'] as const).map(
                    (k) => (
                      <th key={k} scope="col" className={k === 'result' ? undefined : 'pd-num'}>
                        {t(`reports.attendance.${k}`)}
                      </th>
                    ),
                  )}
                </tr>
              </thead>
              <tbody>
                <tr>
                  <td className="pd-num">{a.held}</td>
                  <td className="pd-num">{a.present}</td>
                  <td className="pd-num">{a.late}</td>
                  <td className="pd-num">{a.excused}</td>
                  <td className="pd-num">{a.absent}</td>
                  <td className="pd-num">{a.unmarked}</td>
                  <td className="pd-num">{rateText(a.rate)}</td>
                  <td>{t(`reports.attendance.state.${a.state}`)}</td>
                </tr>
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
