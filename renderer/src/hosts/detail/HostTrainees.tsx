// Who is at the host today, who is coming and who was there: one tab each, with links to the
// trainees' pages. Opens on the first non-empty tab, current first.
import { Anchor, Paper, Table, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { HostDetail } from '../../../../shared/hosts/schema';
import { useReferenceLabels } from '../../api/reference';
import { dateRange, useLang } from '../../i18n/format';

type Groups = HostDetail['trainees'];
const TABS = ['current', 'upcoming', 'past'] as const;
const EMPTY = { current: 'noneCurrent', upcoming: 'noneUpcoming', past: 'nonePast' } as const;

function PlacementTable({ rows, empty }: { rows: Groups['current']; empty: string }) {
  const { t } = useTranslation();
  const labels = useReferenceLabels();
  const lang = useLang();
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed" py="sm">
        {empty}
      </Text>
    );
  }
  return (
    <Table fz="sm" verticalSpacing={6} horizontalSpacing="xs" striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('hosts.detail.trainee')}</Table.Th>
          <Table.Th>{t('hosts.detail.country')}</Table.Th>
          <Table.Th>{t('hosts.detail.period')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((p) => (
          <Table.Tr key={p.placementId} data-testid="host-trainee">
            <Table.Td>
              <Anchor component={Link} to={`/trainees/${p.traineeId}`} size="sm" fw={600}>
                {p.fullName}
              </Anchor>
              <Text size="xs" c="dimmed">
                {p.ref} · {labels.field(p.fieldId)}
              </Text>
            </Table.Td>
            <Table.Td>{labels.country(p.country)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{dateRange(p.startDate, p.endDate, lang)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function HostTrainees({ trainees }: { trainees: Groups }) {
  const { t } = useTranslation();
  const first = TABS.find((k) => trainees[k].length > 0) ?? 'current';
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="host-trainees-title">
      <Title order={2} size="h4" mb="sm" id="host-trainees-title">
        {t('hosts.detail.trainees')}
      </Title>
      <Tabs defaultValue={first} keepMounted={false}>
        <Tabs.List>
          {TABS.map((k) => (
            <Tabs.Tab key={k} value={k} data-testid={`host-tab-${k}`}>
              {t(`hosts.detail.${k}`)} ({trainees[k].length})
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map((k) => (
          <Tabs.Panel key={k} value={k} pt="xs">
            <PlacementTable rows={trainees[k]} empty={t(`hosts.detail.${EMPTY[k]}`)} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Paper>
  );
}
