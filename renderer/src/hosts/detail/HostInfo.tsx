// The host's own data: details (names, kind, place, capacity, fields, notes) and its contact people.
import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Host } from '../../../../shared/hosts/schema';
import { useReferenceLabels } from '../../api/reference';
import { formatTimestamp, useLang } from '../../i18n/format';
import { DetailSection } from '../../ui/DetailSection';
import { prefectureName } from '../../ui/prefectures';
import { kindName } from '../labels';

export function HostDetails({ host }: { host: Host }) {
  const { t } = useTranslation();
  const lang = useLang();
  const labels = useReferenceLabels();
  const f = (name: string) => t(`hosts.field.${name}`);
  return (
    <DetailSection
      title={t('hosts.detail.details')}
      items={[
        { label: f('nameEn'), value: <span lang="en">{host.nameEn}</span> },
        { label: f('nameJa'), value: <span lang="ja">{host.nameJa}</span> },
        { label: f('kind'), value: kindName(t, host.kind) },
        { label: f('prefecture'), value: prefectureName(host.prefecture, lang), testId: 'host-prefecture' },
        { label: f('address'), value: host.address },
        { label: f('capacity'), value: String(host.capacity), testId: 'host-capacity' },
        {
          label: f('fieldIds'),
          value:
            host.fieldIds.length > 0 ? (
              <Group gap={6} data-testid="host-fields">
                {host.fieldIds.map((id) => (
                  <Badge key={id} variant="light" color="desk" c="desk.9" radius="sm" tt="none">
                    {labels.field(id)}
                  </Badge>
                ))}
              </Group>
            ) : (
              <Text size="sm" c="dimmed">
                {t('hosts.detail.noFields')}
              </Text>
            ),
        },
        {
          label: f('notes'),
          value: host.notes && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {host.notes}
            </Text>
          ),
        },
        { label: t('hosts.detail.created'), value: formatTimestamp(host.createdAt) },
        { label: t('hosts.detail.updated'), value: formatTimestamp(host.updatedAt) },
      ]}
    />
  );
}

export function HostContacts({ host }: { host: Host }) {
  const { t } = useTranslation();
  const c = (name: string) => t(`hosts.contact.${name}`);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="host-contacts-title">
      <Title order={2} size="h4" mb="sm" id="host-contacts-title">
        {t('hosts.field.contacts')}
      </Title>
      {host.contacts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('hosts.contact.none')}
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={6} horizontalSpacing="xs" data-testid="host-contacts">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{c('name')}</Table.Th>
              <Table.Th>
                {c('department')} / {c('title')}
              </Table.Th>
              <Table.Th>
                {c('email')} / {c('phone')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {host.contacts.map((p, i) => (
              // Contacts have no id of their own; their order is what the person saved.
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is read-only here.
              <Table.Tr key={i}>
                <Table.Td fw={600}>{p.name}</Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <span>{p.department ?? '—'}</span>
                    {p.title && <Text size="xs">{p.title}</Text>}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <span>{p.email ?? '—'}</span>
                    {p.phone && <Text size="xs">{p.phone}</Text>}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
