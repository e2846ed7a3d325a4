// A request's recorded moves, oldest first: from and to, the day it happened, the note (reason or
// outcome), who recorded it and when.
import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../shared/specialist-dispatch/schema';
import { formatTimestamp } from '../../i18n/format';
import { StateBadge } from '../StateBadge';

export function TransitionsList({ transitions }: { transitions: RequestDetail['transitions'] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="transitions-title">
      <Title order={2} size="h4" id="transitions-title" mb="sm">
        {t('dispatch.transitions.title')}
      </Title>
      <Table verticalSpacing="xs" withTableBorder striped data-testid="transitions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={120}>{t('dispatch.transitions.on')}</Table.Th>
            <Table.Th w={190}>{t('dispatch.transitions.to')}</Table.Th>
            <Table.Th>{t('dispatch.transitions.note')}</Table.Th>
            <Table.Th w={220}>{t('dispatch.transitions.by')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {transitions.map((tr) => (
            <Table.Tr key={tr.id} data-testid="transition-row" data-to={tr.to}>
              <Table.Td>{tr.on}</Table.Td>
              <Table.Td>
                <StateBadge state={tr.to} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{tr.note ?? '—'}</Table.Td>
              <Table.Td>
                <Text size="sm">{tr.actor}</Text>
                <Text size="xs" c="dimmed">
                  {formatTimestamp(tr.at)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
