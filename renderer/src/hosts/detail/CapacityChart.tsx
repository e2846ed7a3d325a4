// Capacity use month by month (the most trainees on any one day of each month, from the core):
// plain bars with the capacity drawn across them, over-capacity months in red, this month marked.
// The bars are for the eye; a visually hidden table carries the same figures for screen readers.
import { Paper, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../shared/fiscal-year';
import type { HostDetail } from '../../../../shared/hosts/schema';
import type { Language } from '../../../../shared/settings/schema';
import { useLang } from '../../i18n/format';
import './capacity.css';

type Month = HostDetail['capacityUse'][number];

const monthDate = (month: string) => new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1);

export function monthName(month: string, lang: Language): string {
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { year: 'numeric', month: 'short' }).format(
    monthDate(month),
  );
}

/**
 * The year is said under each January, and under the first month when no January follows closely:
 * a year label is wider than a month's column, so "2025" under December and "2026" under the January
 * beside it overlapped.
 */
export function yearShown(months: { month: string }[], i: number): boolean {
  if (months[i]?.month.endsWith('-01')) return true;
  if (i !== 0) return false;
  const january = months.findIndex((m) => m.month.endsWith('-01'));
  return january === -1 || january >= YEAR_LABEL_MONTHS;
}

/** How many months' columns a year label needs before the next one may start. */
const YEAR_LABEL_MONTHS = 3;

export function CapacityChart({ months, capacity }: { months: Month[]; capacity: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const now = todayIso().slice(0, 7);
  const top = Math.max(1, capacity, ...months.map((m) => m.peak));
  const pct = (n: number) => `${(n / top) * 100}%`;
  const over = months.filter((m) => m.peak > m.capacity);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="capacity-title" data-testid="capacity-chart">
      <Title order={2} size="h4" mb={4} id="capacity-title">
        {t('hosts.capacity.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('hosts.capacity.intro', { capacity })}
      </Text>
      <div className="cap-chart" aria-hidden>
        <div className="cap-plot">
          <div className="cap-area">
            <div className="cap-line" style={{ bottom: pct(capacity) }}>
              <span>{t('hosts.capacity.line', { capacity })}</span>
            </div>
            {months.map((m) => (
              <div
                key={m.month}
                className="cap-col"
                data-over={m.peak > m.capacity || undefined}
                data-now={m.month === now || undefined}
                title={`${monthName(m.month, lang)}: ${m.peak} / ${m.capacity}`}
              >
                {m.peak > 0 && (
                  <div className="cap-bar" style={{ height: pct(m.peak) }}>
                    <span className="cap-value">{m.peak}</span>
                  </div>
                )}
              </div>
            ))}
          </div>
        </div>
        <div className="cap-axis">
          {months.map((m, i) => (
            <div key={m.month} className="cap-tick" data-now={m.month === now || undefined}>
              <span>{Number(m.month.slice(5, 7))}</span>
              {yearShown(months, i) && <span className="cap-year">{m.month.slice(0, 4)}</span>}
            </div>
          ))}
        </div>
        <div className="cap-legend">
          <span className="cap-key" data-kind="used" />
          {t('hosts.capacity.legendUsed')}
          <span className="cap-key" data-kind="over" />
          {t('hosts.capacity.legendOver')}
          <span className="cap-key" data-kind="now" />
          {t('hosts.capacity.thisMonth')}
        </div>
      </div>
      <Text size="sm" mt="sm" c={over.length > 0 ? 'red.9' : undefined} fw={over.length > 0 ? 600 : undefined}>
        {over.length > 0
          ? t('hosts.capacity.overMonths', {
              count: over.length,
              months: over.map((m) => monthName(m.month, lang)).join(', '),
            })
          : t('hosts.capacity.noneOver')}
      </Text>
      <VisuallyHidden>
        <table>
          <caption>{t('hosts.capacity.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('hosts.capacity.month')}</th>
              <th scope="col">{t('hosts.capacity.peak')}</th>
              <th scope="col">{t('hosts.capacity.limit')}</th>
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month}>
                <th scope="row">
                  {monthName(m.month, lang)}
                  {m.month === now ? ` (${t('hosts.capacity.thisMonth')})` : ''}
                </th>
                <td>
                  {m.peak}
                  {m.peak > m.capacity ? ` (${t('hosts.over')})` : ''}
                </td>
                <td>{m.capacity}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </Paper>
  );
}
