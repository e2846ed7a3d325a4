// A record's own history, on its page (trainee, host, cohort, request, specialist): who did what and
// when, which fields an edit changed, and on request the values before and after. The full list is on
// the History screen (audit/). A trainee's shows its placements' entries too, each saying what it is about.
import { Anchor, Button, Group, Loader, Paper, Text, Timeline, Title } from '@mantine/core';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { AuditRow } from '../../../../shared/audit/schema';
import { formatTimestamp, useLang } from '../../i18n/format';
import { ChangeTable } from './ChangeTable';
import { changedFieldNames } from './diff';
import { actionText, entityText, fieldKeys, subjectText } from './labels';
import { useRecordHistory } from './queries';

/** Where the History screen shows the same record's entries. */
export const historyRoute = (entity: string, id: string) =>
  `/history?${new URLSearchParams({ entity, entityId: id }).toString()}`;

function Entry({ row, entity }: { row: AuditRow; entity: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const fields = row.action === 'update' ? changedFieldNames(row) : [];
  // Another record's entry (a trainee's placement) says which record: "Placement: Created".
  const other = row.entity !== entity;
  const what = other
    ? t('history.ofOther', { entity: entityText(t, row.entity), action: actionText(t, row.action) })
    : actionText(t, row.action);
  return (
    <Timeline.Item
      title={<span id={`history-${row.id}-what`}>{what}</span>}
      data-testid="history-entry"
      data-entity={row.entity}
    >
      {other && (
        <Text size="xs" id={`history-${row.id}-subject`}>
          {subjectText(t, row, lang)}
        </Text>
      )}
      <Text size="xs" c="dimmed" id={`history-${row.id}-when`}>
        {formatTimestamp(row.at)} · {row.actor}
      </Text>
      {fields.length > 0 && (
        <Text size="xs" mt={2}>
          {t('history.changed', {
            fields: fields
              .map((f) => t(fieldKeys(row.entity, [{ field: f }]), { defaultValue: f }))
              .join(t('audit.separator')),
          })}
        </Text>
      )}
      <Button
        variant="subtle"
        size="compact-xs"
        px={4}
        mt={2}
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        aria-describedby={`history-${row.id}-what history-${row.id}-when`}
        rightSection={open ? <IconChevronUp size={12} aria-hidden /> : <IconChevronDown size={12} aria-hidden />}
      >
        {t(open ? 'audit.hide' : 'audit.show')}
      </Button>
      {open && <ChangeTable entry={row} compact />}
    </Timeline.Item>
  );
}

export function RecordHistory({
  entity,
  id,
  withPlacements = false,
}: {
  entity: string;
  id: string;
  /** A trainee's page: its placements' entries too. */
  withPlacements?: boolean;
}) {
  const { t } = useTranslation();
  const history = useRecordHistory(entity, id, withPlacements);
  const data = history.data;
  return (
    <Paper withBorder p="md" component="section" aria-label={t('history.title')}>
      <Group justify="space-between" align="baseline" mb="sm">
        <Title order={2} size="h4">
          {t('history.title')}
        </Title>
        <Anchor component={Link} to={historyRoute(entity, id)} size="xs" data-testid="history-all">
          {t('audit.seeAll')}
        </Anchor>
      </Group>
      {history.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {data?.total === 0 && <Text size="sm">{t('history.empty')}</Text>}
      <Timeline bulletSize={12} lineWidth={2} data-testid="history">
        {(data?.rows ?? []).map((row) => (
          <Entry key={row.id} row={row} entity={entity} />
        ))}
      </Timeline>
      {data && data.total > data.rows.length && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('audit.more', { shown: data.rows.length, count: data.total })}
        </Text>
      )}
    </Paper>
  );
}
