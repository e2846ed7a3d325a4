// #/print/documents?fy=…&kind=…&q=…&lang=…: the register (文書管理簿) as an A4 document inside the print
// frame, with the filters of the screen it was opened from.
import './print.css';
import { useSearchParams } from 'react-router-dom';
import { printDateFormatter } from '../../../shared/dates';
import { todayIso } from '../../../shared/fiscal-year';
import { fyLabel } from '../i18n/format';
import { Letterhead } from '../ui/print/Letterhead';
import { usePrintOptions } from '../ui/print/options';
import { PrintFrame } from '../ui/print/PrintFrame';
import { numberOf } from './labels';
import { parseRegisterState, toFilterQuery } from './listParams';
import { useRegisterAll } from './queries';

export function RegisterPrintPage() {
  const [params] = useSearchParams();
  const state = parseRegisterState(params);
  const { lang, t } = usePrintOptions();
  const query = useRegisterAll(toFilterQuery(state));
  const heading = t('documents.title');
  const subject = [
    state.fiscalYear === null ? t('documents.printAllYears') : fyLabel(state.fiscalYear, lang, true),
    state.kind === null ? null : t(`documents.kind.${state.kind}`),
    state.q ? `“${state.q}”` : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const date = todayIso();
  const data = query.data;
  const showDate = printDateFormatter(data?.dateDisplay ?? null, lang);
  return (
    <PrintFrame title={`${heading} – ${subject}`} ready={query.isSuccess} error={query.error} printDate={date}>
      {data && (
        <div className="dr-print">
          <Letterhead t={t} title={heading} date={date} subject={subject} programme={false} />
          {data.total > data.rows.length && (
            <p className="pd-small pd-muted">
              {t('documents.printFirst', { count: data.rows.length, total: data.total })}
            </p>
          )}
          {data.rows.length === 0 ? (
            <p className="pd-empty">{t('documents.emptyTitle')}</p>
          ) : (
            <table className="pd-table" data-testid="register-print-table">
              <thead>
                <tr>
                  <th>{t('documents.col.number')}</th>
                  <th>{t('documents.col.issuedOn')}</th>
                  <th>{t('documents.col.kind')}</th>
                  <th>{t('documents.col.addressee')}</th>
                  <th>{t('documents.col.record')}</th>
                  <th>{t('documents.col.issuedBy')}</th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((r) => (
                  <tr key={`${r.kind}-${r.fiscalYear}-${r.seq}-${r.reissue}-${r.id ?? 'j'}`}>
                    <td className="dr-number">
                      {numberOf(r, lang)}
                      {r.reissue > 0 && <div className="dr-note">{t('documents.reissued', { count: r.reissue })}</div>}
                      {r.missing && <div className="dr-note">{t('documents.missing')}</div>}
                    </td>
                    <td className="dr-date">{showDate(r.issuedOn)}</td>
                    <td>
                      {t(`documents.kind.${r.kind}`)}
                      {r.templateName && <div className="dr-note">{r.templateName}</div>}
                    </td>
                    <td>{r.addressee}</td>
                    <td>{r.recordLabel}</td>
                    <td>{r.issuedBy}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </PrintFrame>
  );
}
