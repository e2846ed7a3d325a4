// The trainee's placements: host (both names), prefecture, period, supervisor.
import type { TFunction } from 'i18next';
import type { TraineeReport } from '../../../../shared/reports/schema';
import type { Language } from '../../../../shared/settings/schema';
import { usePrintDate } from './dates';
import { EmptySection } from './EmptySection';
import { nameIn, otherName, prefectureText, rangeText } from './text';

type Placement = TraineeReport['placements'][number];

export function Placements({ placements, t, lang }: { placements: Placement[]; t: TFunction; lang: Language }) {
  const date = usePrintDate();
  if (placements.length === 0)
    return <EmptySection title={t('reports.section.placements')} note={t('reports.placements.none')} />;
  return (
    <section className="pd-section">
      <h2 className="pd-h2">{t('reports.section.placements')}</h2>
      <table className="pd-table">
        <thead>
          <tr>
            <th scope="col">{t('reports.placements.host')}</th>
            <th scope="col">{t('reports.placements.prefecture')}</th>
            <th scope="col">{t('reports.placements.period')}</th>
            <th scope="col">{t('reports.placements.supervisor')}</th>
          </tr>
        </thead>
        <tbody>
          {placements.map((p) => {
            const names = { nameEn: p.hostNameEn, nameJa: p.hostNameJa };
            const other = otherName(names, lang);
            return (
              <tr key={p.id}>
                <td>
                  <div>{nameIn(names, lang)}</div>
                  {other && <div className="pd-small pd-muted">{other}</div>}
                </td>
                <td>{prefectureText(p.prefecture, lang)}</td>
                <td className="pd-nowrap">{rangeText(t, date, p.start, p.end)}</td>
                <td>{p.supervisor ?? '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
