// The trainee's audit trail: who did what, when, and for edits which fields changed (names only,
// so personal data is not repeated here).
import { Loader, Paper, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/audit/schema';
import { formatTimestamp } from '../../i18n/format';
import { useTraineeHistory } from '../queries';

const IGNORED = new Set(['version', 'updatedAt', 'createdAt', 'hasPhoto', 'id', 'ref']);

export function changedFields(entry: AuditEntry): string[] {
  const before = (entry.before ?? {}) as Record<string, unknown>;
  const after = (entry.after ?? {}) as Record<string, unknown>;
  return Object.keys(after).filter((k) => !IGNORED.has(k) && JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

export function HistoryList({ id }: { id: number }) {
  const { t } = useTranslation();
  const history = useTraineeHistory(id);
  return (
    <Paper withBorder p="md" component="section" aria-label={t('history.title')}>
      <Title order={2} size="h4" mb="sm">
        {t('history.title')}
      </Title>
      {history.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {history.data?.length === 0 && <Text size="sm">{t('history.empty')}</Text>}
      <Timeline bulletSize={12} lineWidth={2} data-testid="history">
        {(history.data ?? []).map((entry) => {
          const fields = entry.action === 'update' ? changedFields(entry) : [];
          return (
            <Timeline.Item key={entry.id} title={t(`history.action.${entry.action}`, { defaultValue: entry.action })}>
              <Text size="xs" c="dimmed">
                {formatTimestamp(entry.at)} · {entry.actor}
              </Text>
              {fields.length > 0 && (
                <Text size="xs" mt={2}>
                  {t('history.changed', {
                    fields: fields.map((f) => t(`trainee.field.${f}`, { defaultValue: f })).join(', '),
                  })}
                </Text>
              )}
            </Timeline.Item>
          );
        })}
      </Timeline>
    </Paper>
  );
}
