// The progress record: every live entry in date order — monthly reports (with their month and host),
// evaluations (with the table of ratings), milestones, incidents, notes; attachments by name.
import type { TFunction } from 'i18next';
import type { Entry, ScaleLevel } from '../../../../shared/progress/schema';
import type { Language } from '../../../../shared/settings/schema';
import { usePrintDate } from './dates';
import { EmptySection } from './EmptySection';
import { nameIn, scoreText } from './text';

function EntryHead({ entry: e, t, lang }: { entry: Entry; t: TFunction; lang: Language }) {
  const date = usePrintDate();
  const kind =
    e.kind === 'evaluation' && e.evaluationStage
      ? `${t('reports.entries.kind.evaluation')} · ${t(`reports.entries.stage.${e.evaluationStage}`)}`
      : t(`reports.entries.kind.${e.kind}`);
  const host = e.hostNameEn !== null ? nameIn({ nameEn: e.hostNameEn, nameJa: e.hostNameJa ?? '' }, lang) : '';
  const month =
    e.kind === 'monthly_report' && e.placementMonth !== null
      ? e.periodStart && e.periodEnd
        ? t('reports.entries.month', {
            month: e.placementMonth,
            host,
            start: date(e.periodStart),
            end: date(e.periodEnd),
          })
        : t('reports.entries.monthNoPeriod', { month: e.placementMonth, host })
      : null;
  const by = e.evaluatorRole
    ? t('reports.entries.byRole', { name: e.author, role: t(`reports.entries.role.${e.evaluatorRole}`) })
    : t('reports.entries.by', { name: e.author });
  return (
    <div className="pd-entry-head">
      <span className="pd-entry-kind" lang={lang}>
        {kind}
      </span>
      <span className="pd-nowrap">{date(e.date)}</span>
      {e.title && <span className="pd-entry-title">{e.title}</span>}
      {month && <span>{month}</span>}
      <span className="pd-muted">{by}</span>
    </div>
  );
}

function Ratings({ entry, scale, t, lang }: { entry: Entry; scale: ScaleLevel[]; t: TFunction; lang: Language }) {
  return (
    <table className="pd-table">
      <thead>
        <tr>
          <th scope="col" style={{ width: '30%' }}>
            {t('reports.entries.criterion')}
          </th>
          <th scope="col" style={{ width: '22%' }}>
            {t('reports.entries.rating')}
          </th>
          <th scope="col">{t('reports.entries.comment')}</th>
        </tr>
      </thead>
      <tbody>
        {entry.ratings.map((r) => (
          <tr key={r.criterionId}>
            <td>{lang === 'ja' ? r.criterionJa : r.criterionEn}</td>
            <td className="pd-nowrap">{scoreText(r.score, scale, lang)}</td>
            <td>{r.comment ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Entries({
  entries,
  scale,
  t,
  lang,
}: {
  entries: Entry[];
  scale: ScaleLevel[];
  t: TFunction;
  lang: Language;
}) {
  if (entries.length === 0)
    return <EmptySection title={t('reports.section.entries')} note={t('reports.entries.none')} />;
  return (
    <section className="pd-section">
      <h2 className="pd-h2">{t('reports.section.entries')}</h2>
      {entries.map((e) => (
        <article key={e.id} className="pd-entry" data-testid="print-entry">
          <EntryHead entry={e} t={t} lang={lang} />
          {e.body && <p className="pd-entry-body">{e.body}</p>}
          {e.ratings.length > 0 && <Ratings entry={e} scale={scale} t={t} lang={lang} />}
          {e.attachments.length > 0 && (
            <p className="pd-attachments">
              {t('reports.entries.attachments', { files: e.attachments.map((a) => a.fileName).join(', ') })}
            </p>
          )}
        </article>
      ))}
    </section>
  );
}
