// The three statistics tables on screen. Row headings are <th scope="row">, totals sit in <tfoot>, and
// each table has a caption, so a screen reader announces which count a cell is; they are also the
// text alternative of the charts.
import { Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PREFECTURES } from '../../../shared/hosts/prefectures';
import type { Language } from '../../../shared/settings/schema';
import { fyLabel } from '../i18n/format';
import { nameIn } from './chartData';
import type { Statistics } from './queries';

const Num = ({ n, total = false }: { n: number; total?: boolean }) => (
  <Table.Td className={`st-num${n === 0 ? ' st-zero' : ''}${total ? ' st-total' : ''}`}>{n.toLocaleString()}</Table.Td>
);

export function CountryYearTable({ stats, lang }: { stats: Statistics; lang: Language }) {
  const { t } = useTranslation();
  const { years, rows, totals, grandTotal } = stats.countryYear;
  return (
    <Table.ScrollContainer minWidth={0} type="native">
      <Table className="st-table" striped withTableBorder withColumnBorders data-testid="stats-country-year">
        <caption>
          <VisuallyHidden>{t('statistics.caption.countryYear')}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" className="st-sticky">
              {t('statistics.col.country')}
            </Table.Th>
            {years.map((fy) => (
              <Table.Th key={fy} scope="col" className="st-num">
                {fyLabel(fy, lang, true)}
              </Table.Th>
            ))}
            <Table.Th scope="col" className="st-num">
              {t('statistics.col.total')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.code} data-country={r.code}>
              <Table.Th scope="row" className="st-sticky" fw={500}>
                {nameIn(r, lang)}
              </Table.Th>
              {r.counts.map((n, i) => (
                <Num key={years[i]} n={n} />
              ))}
              <Num n={r.total} total />
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr data-country="total">
            <Table.Th scope="row" className="st-sticky">
              {t('statistics.col.total')}
            </Table.Th>
            {totals.map((n, i) => (
              <Num key={years[i]} n={n} total />
            ))}
            <Num n={grandTotal} total />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

export function FieldTable({ stats, lang }: { stats: Statistics; lang: Language }) {
  const { t } = useTranslation();
  return (
    <Table className="st-table" striped withTableBorder maw={560} data-testid="stats-by-field">
      <caption>
        <VisuallyHidden>{t('statistics.caption.byField')}</VisuallyHidden>
      </caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('statistics.col.field')}</Table.Th>
          <Table.Th scope="col" className="st-num">
            {t('statistics.col.trainees')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {stats.byField.map((f) => (
          <Table.Tr key={f.fieldId}>
            <Table.Th scope="row" fw={500}>
              {nameIn(f, lang)}
            </Table.Th>
            <Num n={f.count} />
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th scope="row">{t('statistics.col.total')}</Table.Th>
          <Num n={stats.total} total />
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}

/** The first hosts only, until asked for all: a directory of 2,000 hosts would be a very long page. */
const FIRST_HOSTS = 50;

export function HostTable({ stats, lang }: { stats: Statistics; lang: Language }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const shown = all ? stats.byHost : stats.byHost.slice(0, FIRST_HOSTS);
  return (
    <>
      <Text size="sm" c="dimmed" mb="xs">
        {t('statistics.hostNote')}
      </Text>
      <Table className="st-table" striped withTableBorder maw={760} data-testid="stats-by-host">
        <caption>
          <VisuallyHidden>{t('statistics.caption.byHost')}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('statistics.col.host')}</Table.Th>
            <Table.Th scope="col">{t('statistics.col.prefecture')}</Table.Th>
            <Table.Th scope="col" className="st-num">
              {t('statistics.col.trainees')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((h) => (
            <Table.Tr key={h.hostId}>
              <Table.Th scope="row" fw={500} style={{ whiteSpace: 'normal' }}>
                {nameIn(h, lang)}
              </Table.Th>
              <Table.Td>{PREFECTURES[h.prefecture - 1]?.[lang] ?? h.prefecture}</Table.Td>
              <Num n={h.count} />
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {!all && stats.byHost.length > FIRST_HOSTS && (
        <Button variant="subtle" mt="xs" onClick={() => setAll(true)} data-testid="stats-hosts-all">
          {t('statistics.showAllHosts', { count: stats.byHost.length })}
        </Button>
      )}
    </>
  );
}
