// The statistics page's section "Accepted trainees by country and fiscal year — CLAIR's records and
// this app": CLAIR's printed table (1996–2010, then the years) beside the trainees recorded here,
// each figure marked with where it comes from, "?" where a figure whose year was lost may belong,
// and the printed table's contradictions said in words.
import { Alert, Anchor, Group, List, Loader, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CombinedCell } from '../../../shared/reference-data/import-schema';
import type { StatsQuery } from '../../../shared/statistics/schema';
import { useLang } from '../i18n/format';
import { errorText } from '../i18n/messages';
import { candidatesText, countryText, findingText } from '../ui/findingText';
import { nameIn } from './chartData';
import { cellParts, columnLabel, grandTotalMismatch, unplacedByCountry } from './combined';
import { useCombined } from './queries';

/** A cell's figures with their marks; the marks' meaning is read out for screen readers. */
export function CombinedFigures({ cell, t }: { cell: CombinedCell; t: TFunction }) {
  return (
    <>
      {cellParts(cell).map((p) =>
        p.kind === 'zero' ? (
          <span key="zero" className="cb-zero">
            0
          </span>
        ) : p.kind === 'uncertain' ? (
          <span key="uncertain" className="cb-uncertain">
            <span aria-hidden>?</span>
            <VisuallyHidden>{t('statistics.combined.sr.uncertain')}</VisuallyHidden>
          </span>
        ) : (
          <span key={p.kind} className={`cb-fig cb-${p.kind}`}>
            {p.value.toLocaleString()}
            <sup aria-hidden>{t(`statistics.combined.mark.${p.kind}`)}</sup>
            <VisuallyHidden>{t(`statistics.combined.sr.${p.kind}`)}</VisuallyHidden>
          </span>
        ),
      )}
    </>
  );
}

export function CombinedLegend({ t }: { t: TFunction }) {
  return (
    <ul className="cb-legend" data-testid="stats-combined-legend">
      <li>
        <span className="cb-fig cb-reference">
          45<sup>{t('statistics.combined.mark.reference')}</sup>
        </span>{' '}
        {t('statistics.combined.legend.reference')}
      </li>
      <li>
        <span className="cb-fig cb-app">
          3<sup>{t('statistics.combined.mark.app')}</sup>
        </span>{' '}
        {t('statistics.combined.legend.app')}
      </li>
      <li>
        <span className="cb-uncertain">?</span> {t('statistics.combined.legend.uncertain')}
      </li>
      <li>
        <span className="cb-flag">!</span> {t('statistics.combined.legend.contradiction')}
      </li>
    </ul>
  );
}

export function CombinedSection({ query }: { query: StatsQuery }) {
  const { t } = useTranslation();
  const lang = useLang();
  const combined = useCombined(query);
  const data = combined.data;
  const mismatch = data ? grandTotalMismatch(data) : null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="stats-combined-title" data-testid="stats-combined">
      <Group gap="sm" align="baseline">
        <Title order={2} size="h3" id="stats-combined-title">
          {t('statistics.combined.title')}
        </Title>
        {combined.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
      </Group>
      {combined.isError && (
        <Alert color="red" title={t('statistics.loadFailed')}>
          {errorText(t, combined.error)}
        </Alert>
      )}
      {data && !data.referenceImported && (
        <Alert color="gray" data-testid="stats-combined-not-imported">
          {t('statistics.combined.notImported')}{' '}
          <Anchor component={Link} to="/reference-data" c="blue.9" fw={600}>
            {t('statistics.combined.importLink')}
          </Anchor>
        </Alert>
      )}
      {/* Without CLAIR's figures the table would only repeat the app's country × year table above. */}
      {data?.referenceImported && data.rows.length > 0 && (
        <>
          <Text size="sm" c="dimmed" maw={860}>
            {t('statistics.combined.intro')}
          </Text>
          <CombinedLegend t={t} />
          {/* Focusable, so the table can be scrolled sideways from the keyboard when it is wider than the page. */}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (WCAG 2.1.1). */}
          <section className="cb-scroll" tabIndex={0} aria-label={t('statistics.combined.caption')}>
            <Table className="st-table cb-table" withTableBorder withColumnBorders data-testid="stats-combined-table">
              <caption>
                <VisuallyHidden>{t('statistics.combined.caption')}</VisuallyHidden>
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" className="st-sticky">
                    {t('statistics.col.country')}
                  </Table.Th>
                  {data.columns.map((c) => (
                    <Table.Th key={c.label} scope="col" className="st-num">
                      {columnLabel(c, lang)}
                    </Table.Th>
                  ))}
                  <Table.Th scope="col" className="st-num">
                    {t('statistics.col.total')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.rows.map((r) => {
                  const flagged = r.contradictions.length > 0;
                  return (
                    <Table.Tr
                      key={r.code ?? r.nameEn}
                      data-country={r.code ?? r.nameEn}
                      data-flagged={flagged || undefined}
                    >
                      <Table.Th scope="row" className="st-sticky" fw={500}>
                        {nameIn(r, lang)}
                        {flagged && (
                          <span className="cb-flag">
                            <span aria-hidden> !</span>
                            <VisuallyHidden>{t('statistics.combined.sr.contradiction')}</VisuallyHidden>
                          </span>
                        )}
                      </Table.Th>
                      {r.cells.map((cell, i) => (
                        <Table.Td key={data.columns[i]?.label ?? i} className="st-num">
                          <CombinedFigures cell={cell} t={t} />
                        </Table.Td>
                      ))}
                      <Table.Td className={`st-num st-total${flagged ? ' cb-contradicted' : ''}`}>
                        <CombinedFigures cell={r.total} t={t} />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr data-country="total">
                  <Table.Th scope="row" className="st-sticky">
                    {t('statistics.col.total')}
                  </Table.Th>
                  {data.totals.map((cell, i) => (
                    <Table.Td key={data.columns[i]?.label ?? i} className="st-num">
                      <CombinedFigures cell={cell} t={t} />
                    </Table.Td>
                  ))}
                  <Table.Td
                    className={`st-num${mismatch ? ' cb-contradicted' : ''}`}
                    data-testid="stats-combined-grand"
                  >
                    <CombinedFigures cell={data.grandTotal} t={t} />
                    {mismatch && (
                      <span className="cb-flag cb-mismatch">
                        {' '}
                        {t('statistics.combined.rowsAddUp', { sum: mismatch.sum })}
                      </span>
                    )}
                  </Table.Td>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </section>
          {data.contradictions.length > 0 && (
            <Stack gap={4} data-testid="stats-combined-contradictions">
              <Text size="sm" fw={600}>
                {t('statistics.combined.contradictions')}
              </Text>
              <List size="sm" spacing={2}>
                {data.contradictions.map((f) => (
                  <List.Item key={f.id}>{findingText(t, f)}</List.Item>
                ))}
              </List>
            </Stack>
          )}
          {data.unplaced.length > 0 && (
            <Stack gap={4} data-testid="stats-combined-unplaced">
              <Text size="sm" fw={600}>
                {t('statistics.combined.unplaced')}
              </Text>
              <Text size="sm" c="dimmed">
                {t('statistics.combined.unplacedHelp')}
              </Text>
              <List size="sm" spacing={2}>
                {unplacedByCountry(data.unplaced).map(({ country, figures }) => (
                  <List.Item key={country}>
                    {countryText(t, country)}:{' '}
                    {figures.map((u) => `${u.value} (${candidatesText(t, u)})`).join(t('referenceData.listSeparator'))}
                  </List.Item>
                ))}
              </List>
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}
