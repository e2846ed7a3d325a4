// The Specialist Dispatch requests of the application window (1 March – 30 April of the year before
// the dispatch year): while it is open, and in the months after, while its requests are matched.
import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { todayIso } from '../../../shared/fiscal-year';
import { daysBetween } from '../../../shared/placements/dates';
import { fyLabel, useLang } from '../i18n/format';
import { dispatchWindows, useWindowRequests } from './queries';

// A reference or a date broken across lines reads badly.
const NOWRAP = { whiteSpace: 'nowrap' } as const;

export function DispatchCard() {
  const { t } = useTranslation();
  const lang = useLang();
  const today = todayIso();
  const { latest, open, next } = dispatchWindows(today);
  const query = useWindowRequests(latest.fiscalYear);
  const page = query.data;
  const fy = fyLabel(latest.fiscalYear, lang, true);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="dispatch-heading" data-testid="dispatch-card">
      <Group justify="space-between" align="baseline" mb={4}>
        <Title order={2} size="h4" id="dispatch-heading">
          {t('dashboard.dispatch.title', { fy })}
        </Title>
        <Anchor component={Link} to={`/dispatch?fy=${latest.fiscalYear}`} size="sm">
          {page && page.total > page.rows.length
            ? t('dashboard.dispatch.openAllCount', { count: page.total })
            : t('dashboard.dispatch.openAll')}
        </Anchor>
      </Group>
      <Group gap="xs" mb="sm">
        <Badge color={open ? 'teal' : 'gray'} variant="light" size="sm" data-testid="dispatch-window-state">
          {open ? t('dashboard.dispatch.open') : t('dashboard.dispatch.closed')}
        </Badge>
        <Text size="sm" c="dimmed">
          {t('dashboard.dispatch.window', { from: latest.first, to: latest.last })}
        </Text>
      </Group>
      {page && page.rows.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="dispatch-card-empty">
          {t('dashboard.dispatch.none', { fy })}
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={4} data-testid="dispatch-card-rows">
          <Table.Tbody>
            {(page?.rows ?? []).map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td style={NOWRAP}>
                  <Anchor component={Link} to={`/dispatch/requests/${r.id}`} size="sm" fw={600}>
                    {r.reference}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" truncate maw={180}>
                    {r.requestingGovernment}
                  </Text>
                </Table.Td>
                <Table.Td>{t(`dispatch.state.${r.state}`, { defaultValue: r.state })}</Table.Td>
                <Table.Td c="dimmed" style={NOWRAP}>
                  {r.receivedOn}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {next && (
        <Stack gap={0} mt="sm">
          <Text size="xs" c="dimmed" data-testid="dispatch-next-window">
            {t('dashboard.dispatch.next', {
              fy: fyLabel(next.fiscalYear, lang, true),
              from: next.first,
              to: next.last,
              count: daysBetween(today, next.first),
            })}
          </Text>
        </Stack>
      )}
    </Paper>
  );
}
