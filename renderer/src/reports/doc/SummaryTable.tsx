// The summary table of a cohort or host report: one line per trainee.
import type { TFunction } from 'i18next';
import type { ReportSummaryRow } from '../../../../shared/reports/schema';
import type { Language } from '../../../../shared/settings/schema';
import { nameIn, rateText } from './text';

type Row = ReportSummaryRow;

/**
 * Column widths (%) per language: the ref and the longest country (インドネシア, Philippines) on one
 * line, a Japanese status (受入団体で研修中) and host name (北九州市国際交流センター) unbroken.
 */
const WIDTHS: Record<Language, number[]> = {
  en: [13, 16, 13, 13, 19, 10, 8, 8],
  ja: [12.5, 15.5, 14, 15.5, 22, 7, 7.5, 6],
};

export function SummaryTable({ rows, t, lang }: { rows: Row[]; t: TFunction; lang: Language }) {
  if (rows.length === 0) return <p className="pd-empty">{t('reports.summary.none')}</p>;
  return (
    <table className="pd-table pd-fixed" data-testid="print-summary">
      <colgroup>
        {WIDTHS[lang].map((w, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed.
          <col key={i} style={{ width: `${w}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{t('reports.summary.ref')}</th>
          <th scope="col">{t('reports.summary.name')}</th>
          <th scope="col">{t('reports.summary.country')}</th>
          <th scope="col">{t('reports.summary.status')}</th>
          <th scope="col">{t('reports.summary.hosts')}</th>
          <th scope="col" className="pd-num">
            {t('reports.summary.attendance')}
          </th>
          <th scope="col" className="pd-num">
            {t('reports.summary.entries')}
          </th>
          <th scope="col" className="pd-num">
            {t('reports.summary.overall')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.traineeId}>
            <td className="pd-nowrap">{r.ref}</td>
            <td>{r.fullName}</td>
            <td className="pd-nowrap">{nameIn(r.country, lang)}</td>
            <td>{t(`trainee.status.${r.status}`)}</td>
            <td>{r.hosts.length ? r.hosts.map((h) => <div key={h.nameEn}>{nameIn(h, lang)}</div>) : '—'}</td>
            <td className="pd-num">{rateText(r.attendanceRate)}</td>
            <td className="pd-num">{r.entries}</td>
            <td className="pd-num">{r.overall ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
