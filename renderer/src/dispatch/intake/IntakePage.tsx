// #/dispatch/intake/:fiscalYear: a year's intake at a glance — the application window, totals by state,
// by country (with the counterpart), by field, requests received per month (a bar chart), and the
// requests that came outside the window. Without a year, the one whose window is open or opens next.
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import {
  ActionIcon,
  Alert,
  Anchor,
  Group,
  Loader,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { fyLabel, useLang } from '../../i18n/format';
import { errorText } from '../../i18n/messages';
import { nameOf } from '../../reference/queries';
import '../dispatch.css';
import { dayRange, STATE_ORDER, stateText, windowFlag } from '../labels';
import { FIRST_YEAR, upcomingFiscalYear, yearOptions } from '../options';
import { useIntake } from '../queries';

function Card({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title} data-testid={testId}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
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
      <Anchor component={Link} to="/dispatch" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          {t('dispatch.requests.title')}
        </Group>
      </Anchor>
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
          <Select
            label={t('dispatch.field.fiscalYear')}
            data={yearOptions(lang)}
            value={String(fy)}
            onChange={(v) => v && go(Number(v))}
            allowDeselect={false}
            searchable
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
            <Card title={t('dispatch.intake.byCountry')} testId="intake-by-country">
              {data.byCountry.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('dispatch.intake.none')}
                </Text>
              ) : (
                <Table withTableBorder striped verticalSpacing={4}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('dispatch.col.country')}</Table.Th>
                      <Table.Th>{t('dispatch.field.counterpart')}</Table.Th>
                      <Table.Th className="dp-num">{t('dispatch.intake.requests')}</Table.Th>
                      <Table.Th className="dp-num">{t('dispatch.intake.outside')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.byCountry.map((c) => (
                      <Table.Tr key={c.code}>
                        <Table.Td>
                          <Anchor component={Link} to={requestsOf({ country: c.code })} size="sm">
                            {nameOf(c, lang)}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>
                          {c.counterpartName ?? (
                            <Text span size="sm" c="dimmed">
                              {t('dispatch.counterparts.noneYet')}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td className="dp-num">{c.count}</Table.Td>
                        <Table.Td className="dp-num">{c.outsideWindow}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Card>
            <Card title={t('dispatch.intake.byField')} testId="intake-by-field">
              {data.byField.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('dispatch.intake.none')}
                </Text>
              ) : (
                <Table withTableBorder striped verticalSpacing={4}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('dispatch.col.field')}</Table.Th>
                      <Table.Th className="dp-num">{t('dispatch.intake.requests')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.byField.map((f) => (
                      <Table.Tr key={f.fieldId}>
                        <Table.Td>{nameOf(f, lang)}</Table.Td>
                        <Table.Td className="dp-num">{f.count}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Card>
          </SimpleGrid>
          <Card title={t('dispatch.intake.byMonth')} testId="intake-by-month">
            {data.byMonth.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('dispatch.intake.none')}
              </Text>
            ) : (
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
            )}
          </Card>
          <Card title={t('dispatch.intake.outsideTitle')} testId="intake-outside">
            {data.outsideWindow.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('dispatch.intake.noneOutside')}
              </Text>
            ) : (
              <Table withTableBorder striped verticalSpacing={4}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('dispatch.col.reference')}</Table.Th>
                    <Table.Th>{t('dispatch.col.received')}</Table.Th>
                    <Table.Th>{t('dispatch.col.government')}</Table.Th>
                    <Table.Th>{t('dispatch.col.state')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.outsideWindow.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>
                        <Link to={`/dispatch/requests/${r.id}`} className="tl-link">
                          {r.reference}
                        </Link>
                      </Table.Td>
                      <Table.Td>
                        {r.receivedOn} <span className="dp-flag">{windowFlag(t, r.window)}</span>
                      </Table.Td>
                      <Table.Td>{r.requestingGovernment}</Table.Td>
                      <Table.Td>{stateText(t, r.state)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Card>
        </>
      )}
    </Stack>
  );
}
