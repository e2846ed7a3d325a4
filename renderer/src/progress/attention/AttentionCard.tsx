// The home page's "Needs attention" card: how much is overdue and due soon, each a link to the list,
// then the first few items themselves, each a link to where it is fixed.
import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { AttentionItem } from '../../../../shared/progress/schema';
import { useLang } from '../../i18n/format';
import { useAttention } from '../queries';
import { STATE_TEXT } from './colors';
import { aboutText, distanceText } from './dueText';
import { targetUrl } from './targetUrl';

/** Enough to start the day on; the full list is one click away. */
export const ATTENTION_CARD_QUERY = { offset: 0, limit: 5 };

export function AttentionCard() {
  const { t } = useTranslation();
  const query = useAttention(ATTENTION_CARD_QUERY);
  const counts = query.data?.counts;
  const figures = [
    { key: 'overdue', to: '/attention?state=overdue', count: counts?.overdue },
    { key: 'due_soon', to: '/attention?state=due_soon', count: counts?.dueSoon },
  ] as const;
  const items = query.data?.items ?? [];
  const total = query.data?.total ?? 0;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="attention-heading" data-testid="attention-card">
      <Group justify="space-between" align="baseline" mb="sm">
        <Title order={2} size="h4" id="attention-heading">
          {t('nav.attention')}
        </Title>
        <Anchor component={Link} to="/attention" size="sm" data-testid="attention-card-all">
          {total > items.length
            ? t('progress.attention.openAllCount', { count: total })
            : t('progress.attention.openAll')}
        </Anchor>
      </Group>
      {counts && counts.overdue + counts.dueSoon === 0 ? (
        <Text size="sm" c="teal.9" data-testid="attention-card-clear">
          {t('progress.attention.allClearTitle')}
        </Text>
      ) : (
        <Group gap="md" align="flex-start" wrap="nowrap">
          <Stack gap="xs">
            {figures.map((f) => (
              <Anchor key={f.key} component={Link} to={f.to} underline="never" c="inherit">
                <Paper withBorder p="xs" radius="sm" bg="gray.0" miw={120}>
                  <Text size="xs" c={STATE_TEXT[f.key]} fw={600}>
                    {t(`progress.attention.state.${f.key}`)}
                  </Text>
                  <Text size="lg" fw={700} c={STATE_TEXT[f.key]} data-testid={`attention-card-${f.key}`}>
                    {f.count ?? '…'}
                  </Text>
                </Paper>
              </Anchor>
            ))}
          </Stack>
          <Stack gap={6} style={{ flex: 1, minWidth: 0 }} component="ul" p={0} m={0} data-testid="attention-card-items">
            {items.map((item) => (
              <FirstItem
                key={`${item.kind}-${item.traineeId}-${item.placementId}-${item.dueDate}`}
                item={item}
                today={query.data?.today ?? item.dueDate}
              />
            ))}
          </Stack>
        </Group>
      )}
    </Paper>
  );
}

function FirstItem({ item, today }: { item: AttentionItem; today: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const about = aboutText(t, item, lang);
  return (
    <Group component="li" gap="xs" wrap="nowrap" style={{ listStyle: 'none' }} data-testid="attention-card-item">
      <Text size="sm" fw={600} c={STATE_TEXT[item.state === 'overdue' ? 'overdue' : 'due_soon']} miw={96}>
        {distanceText(t, today, item)}
      </Text>
      <Text size="sm" truncate>
        <Anchor component={Link} to={targetUrl(item.target)} size="sm" fw={600}>
          {item.traineeName}
        </Anchor>{' '}
        · {t(`progress.dueKind.${item.kind}`)}
        {about ? ` · ${about}` : ''}
      </Text>
    </Group>
  );
}
