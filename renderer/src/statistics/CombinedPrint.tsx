// The combined table in the statistics print view: CLAIR's printed figures and the app's, each with its
// mark, in groups of columns that fit A4 portrait, then the contradictions and the unplaced figures.
import type { TFunction } from 'i18next';
import type { CombinedCell, CombinedCountryYear } from '../../../shared/reference-data/import-schema';
import type { Language } from '../../../shared/settings/schema';
import { candidatesText, countryText, findingText } from '../ui/findingText';
import { nameIn } from './chartData';
import { cellParts, columnGroups, columnLabel, grandTotalMismatch, unplacedByCountry } from './combined';

const COLUMNS_PER_TABLE = 11;

function Figures({ cell, t }: { cell: CombinedCell; t: TFunction }) {
  return (
    <>
      {cellParts(cell).map((p) =>
        p.kind === 'zero' ? (
          <span key="zero" className="st-print-zero">
            0
          </span>
        ) : p.kind === 'uncertain' ? (
          <span key="uncertain" className="cb-print-uncertain">
            ?
          </span>
        ) : (
          <span key={p.kind} className={`cb-print-fig cb-print-${p.kind}`}>
            {p.value.toLocaleString()}
            <sup>{t(`statistics.combined.mark.${p.kind}`)}</sup>
          </span>
        ),
      )}
    </>
  );
}

export function CombinedPrint({ data, t, lang }: { data: CombinedCountryYear; t: TFunction; lang: Language }) {
  const mismatch = grandTotalMismatch(data);
  const groups = columnGroups(data.columns.length, COLUMNS_PER_TABLE);
  return (
    <section className="pd-section" data-testid="print-combined">
      <h2 className="pd-h2">{t('statistics.combined.printTitle')}</h2>
      {!data.referenceImported && <p className="pd-small pd-muted">{t('statistics.combined.notImported')}</p>}
      {data.rows.length > 0 && (
        <>
          <p className="pd-small pd-muted">{t('statistics.combined.intro')}</p>
          <p className="pd-small cb-print-legend">
            <span className="cb-print-fig cb-print-reference">
              45<sup>{t('statistics.combined.mark.reference')}</sup>
            </span>{' '}
            {t('statistics.combined.legend.reference')} ·{' '}
            <span className="cb-print-fig cb-print-app">
              3<sup>{t('statistics.combined.mark.app')}</sup>
            </span>{' '}
            {t('statistics.combined.legend.app')} · <span className="cb-print-uncertain">?</span>{' '}
            {t('statistics.combined.legend.uncertain')} · <span className="cb-print-flag">!</span>{' '}
            {t('statistics.combined.legend.contradiction')}
          </p>
          {groups.map((g, gi) => {
            const last = gi === groups.length - 1;
            const columns = data.columns.slice(g.start, g.end);
            return (
              <table key={g.start} className="pd-table st-print-table" data-testid="print-combined-table">
                {gi > 0 && <caption className="st-print-caption">{t('statistics.printDoc.continued')}</caption>}
                <thead>
                  <tr>
                    <th scope="col">{t('statistics.col.country')}</th>
                    {columns.map((c) => (
                      <th key={c.label} scope="col" className="pd-num">
                        {columnLabel(c, lang)}
                      </th>
                    ))}
                    {last && (
                      <th scope="col" className="pd-num">
                        {t('statistics.col.total')}
                      </th>
                    )}
                  </tr>
                </thead>
                <tbody>
                  {data.rows.map((r) => (
                    <tr key={r.code ?? r.nameEn}>
                      <th scope="row">
                        {nameIn(r, lang)}
                        {r.contradictions.length > 0 && <span className="cb-print-flag"> !</span>}
                      </th>
                      {r.cells.slice(g.start, g.end).map((cell, i) => (
                        <td key={columns[i]?.label ?? i} className="pd-num">
                          <Figures cell={cell} t={t} />
                        </td>
                      ))}
                      {last && (
                        <td className="pd-num">
                          <Figures cell={r.total} t={t} />
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{t('statistics.col.total')}</th>
                    {data.totals.slice(g.start, g.end).map((cell, i) => (
                      <td key={columns[i]?.label ?? i} className="pd-num">
                        <Figures cell={cell} t={t} />
                      </td>
                    ))}
                    {last && (
                      <td className="pd-num">
                        <Figures cell={data.grandTotal} t={t} />
                        {mismatch && (
                          <span className="cb-print-flag">
                            {' '}
                            ! {t('statistics.combined.rowsAddUp', { sum: mismatch.sum })}
                          </span>
                        )}
                      </td>
                    )}
                  </tr>
                </tfoot>
              </table>
            );
          })}
          {data.contradictions.length > 0 && (
            <div className="pd-keep">
              <h3 className="pd-h3">{t('statistics.combined.contradictions')}</h3>
              <ul className="pd-small cb-print-list">
                {data.contradictions.map((f) => (
                  <li key={f.id}>{findingText(t, f)}</li>
                ))}
              </ul>
            </div>
          )}
          {data.unplaced.length > 0 && (
            <div className="pd-keep">
              <h3 className="pd-h3">{t('statistics.combined.unplaced')}</h3>
              <p className="pd-small pd-muted">{t('statistics.combined.unplacedHelp')}</p>
              <ul className="pd-small cb-print-list">
                {unplacedByCountry(data.unplaced).map(({ country, figures }) => (
                  <li key={country}>
                    {countryText(t, country)}:{' '}
                    {figures.map((u) => `${u.value} (${candidatesText(t, u)})`).join(t('referenceData.listSeparator'))}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}
