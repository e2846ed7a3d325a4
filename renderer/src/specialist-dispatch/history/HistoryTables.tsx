// The history's three tables — dispatches by country × fiscal year (with totals), by field, and the
// projects — as plain tables shared by the screen (dp-table) and the print view (pd-table), with
// labels from the `t` given (the print's language may differ from the UI's).
import type { TFunction } from 'i18next';
import type { Language } from '../../../../shared/settings/schema';
import type { DispatchHistory } from '../../../../shared/specialist-dispatch/schema';
import { nameOf } from '../../api/reference';
import { fyLabel } from '../../i18n/format';
import { stateText } from '../labels';
import { SourcedValue } from './SourcedCell';

interface TableProps {
  history: DispatchHistory;
  t: TFunction;
  lang: Language;
  className: string;
}

const label = (row: { nameEn: string; nameJa: string }, lang: Language) => nameOf(row, lang) || '—';

/** `slice` picks the year columns shown (print splits a wide range into several tables). */
export function ByCountryTable({
  history,
  t,
  lang,
  className,
  slice = { start: 0, count: history.years.length },
  withTotal = true,
  caption,
}: TableProps & { slice?: { start: number; count: number }; withTotal?: boolean; caption?: string }) {
  const years = history.years.slice(slice.start, slice.start + slice.count);
  const cut = <T,>(list: T[]) => list.slice(slice.start, slice.start + slice.count);
  return (
    <table className={className} data-testid="history-by-country">
      {caption && <caption className="dp-caption">{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{t('dispatch.col.country')}</th>
          {years.map((fy) => (
            <th key={fy} scope="col" className="dp-num">
              {fyLabel(fy, lang, true)}
            </th>
          ))}
          {withTotal && (
            <th scope="col" className="dp-num">
              {t('dispatch.history.total')}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {history.byCountry.map((r) => (
          <tr key={r.code ?? r.nameEn} data-country={r.code ?? ''}>
            <th scope="row">{label(r, lang)}</th>
            {cut(r.counts).map((c, i) => (
              <td key={years[i]} className="dp-num">
                <SourcedValue c={c} t={t} />
              </td>
            ))}
            {withTotal && (
              <td className="dp-num dp-total">
                <SourcedValue c={r.total} t={t} />
              </td>
            )}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr data-country="total">
          <th scope="row">{t('dispatch.history.total')}</th>
          {cut(history.totals).map((c, i) => (
            <td key={years[i]} className="dp-num">
              <SourcedValue c={c} t={t} />
            </td>
          ))}
          {withTotal && (
            <td className="dp-num dp-total" data-testid="history-grand-total">
              <SourcedValue c={history.grandTotal} t={t} />
            </td>
          )}
        </tr>
      </tfoot>
    </table>
  );
}

export function ByFieldTable({ history, t, lang, className }: TableProps) {
  return (
    <table className={className} data-testid="history-by-field">
      <thead>
        <tr>
          <th scope="col">{t('dispatch.col.field')}</th>
          <th scope="col" className="dp-num">
            {t('dispatch.history.projects')}
          </th>
        </tr>
      </thead>
      <tbody>
        {history.byField.map((f) => (
          <tr key={f.fieldId ?? f.nameEn}>
            <th scope="row">{label(f, lang)}</th>
            <td className="dp-num">
              <SourcedValue c={f.count} t={t} />
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('dispatch.history.total')}</th>
          <td className="dp-num">
            <SourcedValue c={history.grandTotal} t={t} />
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

export function ProjectsTable({
  history,
  t,
  lang,
  className,
  country,
  field,
}: TableProps & { country: (code: string) => string; field: (id: number) => string }) {
  return (
    <table className={className} data-testid="history-projects">
      <thead>
        <tr>
          <th scope="col">{t('dispatch.field.fiscalYear')}</th>
          <th scope="col">{t('dispatch.col.country')}</th>
          <th scope="col">{t('dispatch.history.locality')}</th>
          <th scope="col">{t('dispatch.col.field')}</th>
          <th scope="col">{t('dispatch.history.source')}</th>
        </tr>
      </thead>
      <tbody>
        {history.projects.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: reference projects have no id; the order is the core's.
          <tr key={i} data-source={p.source}>
            <td className="pd-nowrap">{fyLabel(p.fiscalYear, lang, true)}</td>
            <td>{p.countryCode ? country(p.countryCode) : p.country}</td>
            <td>{p.locality}</td>
            <td>{p.fieldId !== null && lang === 'ja' ? field(p.fieldId) : p.field}</td>
            <td>
              {p.source === 'reference' ? (
                t('dispatch.history.fromReference')
              ) : (
                <span className="dp-app">
                  {t('dispatch.history.fromApp')}
                  {p.state ? ` · ${stateText(t, p.state)}` : ''}
                  {p.specialists.length ? ` · ${p.specialists.join(', ')}` : ''}
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
