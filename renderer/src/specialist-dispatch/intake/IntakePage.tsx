// #/dispatch/intake/:fiscalYear: a year's intake at a glance — the application window, totals by state,
// by country (with the counterpart), by field, requests received per month (a bar chart), and the
// requests that came outside the window. Without a year, the one whose window is open or opens next.
import { BackLink } from '../../ui/BackLink';
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { ActionIcon, Alert, Anchor, Group, Loader, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { nameOf } from '../../api/reference';
import { fyLabel, useLang } from '../../i18n/format';
import { errorText } from '../../i18n/messages';
import { SearchableSelect } from '../../ui/forms/SearchableSelect';
import '../dispatch.css';
import { dayRange, STATE_ORDER, stateText, windowFlag } from '../labels';
import { FIRST_YEAR, upcomingFiscalYear, yearOptions } from '../options';
import { useIntake } from '../queries';

/** A titled section; `empty` shows the line saying there is nothing instead of the content. */
function Card({
  title,
  children,
  testId,
  empty,
}: {
  title: string;
  children: React.ReactNode;
  testId?: string;
  empty?: string | null;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title} data-testid={testId}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {empty ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        children
      )}
    </Paper>
  );
}

/** A small striped table: headings (numeric ones right-aligned) and one array of cells per row. */
function CountTable({
  head,
  rows,
}: {
  /** `num`: a count, right-aligned; `keep`: a short name kept on one line (a country). */
  head: { label: string; num?: boolean; keep?: boolean }[];
  rows: [string | number, React.ReactNode[]][];
}) {
  return (
    <Table withTableBorder striped verticalSpacing={4}>
      <Table.Thead>
        <Table.Tr>
          {head.map((h) => (
            <Table.Th key={h.label} className={h.num ? 'dp-num' : undefined} style={{ whiteSpace: 'nowrap' }}>
              {h.label}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(([key, cells]) => (
          <Table.Tr key={key}>
            {head.map((h, i) => (
              <Table.Td
                key={h.label}
                className={h.num ? 'dp-num' : undefined}
                style={h.keep ? { whiteSpace: 'nowrap' } : undefined}
              >
                {cells[i]}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function IntakePage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const param = Number(useParams().fiscalYear);
  const fy = Number.isInteger(param) && param >= FIRST_YEAR && param <= 2100 ? param : upcomingFiscalYear();
  const query = useIntake(fy);
  const data = query.data;
  const go = (year: number) => navigate(`/dispatch/intake/${year}`);
  const requestsOf = (extra: Record<string, string>) =>
    `/dispatch?${new URLSearchParams({ fy: String(fy), ...extra }).toString()}`;

  return (
    <Stack gap="md">
      <BackLink to="/dispatch">{t('dispatch.requests.title')}</BackLink>
      <Group justify="space-between" align="flex-end">
        <Group gap="sm" align="baseline">
          <Title order={1} size="h2">
            {t('dispatch.intake.title', { fy: fyLabel(fy, lang) })}
          </Title>
          {query.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
        </Group>
        <Group gap={4} align="flex-end">
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('dispatch.intake.previous')}
            onClick={() => go(fy - 1)}
            disabled={fy <= FIRST_YEAR}
          >
            <IconChevronLeft size={18} aria-hidden />
          </ActionIcon>
          <SearchableSelect
            label={t('dispatch.field.fiscalYear')}
            data={yearOptions(lang)}
            value={String(fy)}
            onChange={(v) => v && go(Number(v))}
            allowDeselect={false}
            w={lang === 'ja' ? 220 : 140}
            data-testid="intake-year"
          />
          <ActionIcon variant="default" size="lg" aria-label={t('dispatch.intake.next')} onClick={() => go(fy + 1)}>
            <IconChevronRight size={18} aria-hidden />
          </ActionIcon>
        </Group>
      </Group>
      {query.isError && <Alert color="red">{errorText(t, query.error)}</Alert>}
      {data && (
        <>
          <Text data-testid="intake-window">
            {t('dispatch.intake.window', { range: dayRange(data.window.first, data.window.last, lang) })}{' '}
            <strong data-testid="intake-total">{t('dispatch.requests.count', { count: data.total })}</strong>
          </Text>
          <Card title={t('dispatch.intake.byState')} testId="intake-by-state">
            <Group gap="lg">
              {STATE_ORDER.map((s) => (
                <Anchor key={s} component={Link} to={requestsOf({ state: s })} size="sm" data-state={s}>
                  {stateText(t, s)}: <strong>{data.byState[s] ?? 0}</strong>
                </Anchor>
              ))}
            </Group>
          </Card>
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            <Card
              title={t('dispatch.intake.byCountry')}
              testId="intake-by-country"
              empty={data.byCountry.length === 0 ? t('dispatch.intake.none') : null}
            >
              <CountTable
                head={[
                  { label: t('dispatch.col.country'), keep: true },
                  { label: t('dispatch.field.counterpart') },
                  { label: t('dispatch.intake.requests'), num: true },
                  { label: t('dispatch.intake.outside'), num: true },
                ]}
                rows={data.byCountry.map((c) => [
                  c.code,
                  [
                    <Anchor key="country" component={Link} to={requestsOf({ country: c.code })} size="sm">
                      {nameOf(c, lang)}
                    </Anchor>,
                    c.counterpartName ?? (
                      <Text key="none" span size="sm" c="dimmed">
                        {t('dispatch.counterparts.noneYet')}
                      </Text>
                    ),
                    c.count,
                    c.outsideWindow,
                  ],
                ])}
              />
            </Card>
            <Card
              title={t('dispatch.intake.byField')}
              testId="intake-by-field"
              empty={data.byField.length === 0 ? t('dispatch.intake.none') : null}
            >
              <CountTable
                head={[{ label: t('dispatch.col.field') }, { label: t('dispatch.intake.requests'), num: true }]}
                rows={data.byField.map((f) => [f.fieldId, [nameOf(f, lang), f.count]])}
              />
            </Card>
          </SimpleGrid>
          <Card
            title={t('dispatch.intake.byMonth')}
            testId="intake-by-month"
            empty={data.byMonth.length === 0 ? t('dispatch.intake.none') : null}
          >
            <div
              role="img"
              aria-label={t('dispatch.intake.byMonthLabel', {
                list: data.byMonth.map((m) => `${m.month}: ${m.count}`).join(', '),
              })}
            >
              <BarChart
                h={220}
                data={data.byMonth}
                dataKey="month"
                series={[{ name: 'count', label: t('dispatch.intake.requests'), color: 'desk.7' }]}
                accessibilityLayer={false}
                tooltipAnimationDuration={0}
                yAxisProps={{ allowDecimals: false }}
                textColor="gray.8"
              />
            </div>
          </Card>
          <Card
            title={t('dispatch.intake.outsideTitle')}
            testId="intake-outside"
            empty={data.outsideWindow.length === 0 ? t('dispatch.intake.noneOutside') : null}
          >
            <CountTable
              head={[
                { label: t('dispatch.col.reference') },
                { label: t('dispatch.col.received') },
                { label: t('dispatch.col.government') },
                { label: t('dispatch.col.state') },
              ]}
              rows={data.outsideWindow.map((r) => [
                r.id,
                [
                  <Link key="ref" to={`/dispatch/requests/${r.id}`} className="tl-link">
                    {r.reference}
                  </Link>,
                  <span key="received">
                    {r.receivedOn} <span className="dp-flag">{windowFlag(t, r.window)}</span>
                  </span>,
                  r.requestingGovernment,
                  stateText(t, r.state),
                ],
              ])}
            />
          </Card>
        </>
      )}
    </Stack>
  );
}
