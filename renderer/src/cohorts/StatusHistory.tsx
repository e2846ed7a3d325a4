// Each status a trainee has had, with the date it took effect, the reason, and who recorded it when.
import { Loader, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatTimestamp } from '../i18n/format';
import { useShowDate } from '../ui/forms/useDateSettings';
import { useStatusHistory } from './queries';

export function StatusHistory({ id }: { id: number }) {
  const { t } = useTranslation();
  const history = useStatusHistory(id);
  const show = useShowDate();
  const status = (s: string) => t(`trainee.status.${s}`);
  return (
    <div>
      <Text size="sm" fw={600} mb={6}>
        {t('lifecycle.history')}
      </Text>
      {history.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {history.data?.length === 0 && <Text size="sm">{t('lifecycle.historyEmpty')}</Text>}
      <Timeline bulletSize={10} lineWidth={2} data-testid="status-history">
        {/* Newest first: the current status is what people look for. */}
        {[...(history.data ?? [])].reverse().map((c) => (
          <Timeline.Item
            key={c.id}
            title={
              <Text size="sm" fw={600}>
                {c.from
                  ? t('lifecycle.step', { from: status(c.from), to: status(c.to) })
                  : t('lifecycle.registered', { to: status(c.to) })}
              </Text>
            }
          >
            <Text size="xs">{t('lifecycle.effective', { date: show(c.date) })}</Text>
            {c.reason && (
              <Text size="xs" style={{ whiteSpace: 'pre-wrap' }} data-testid="status-reason">
                {t('lifecycle.because', { reason: c.reason })}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {formatTimestamp(c.at)} · {c.actor}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </div>
  );
}
