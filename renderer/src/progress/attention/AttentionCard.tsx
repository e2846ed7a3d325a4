// The home page's "Needs attention" card: how much is overdue and due soon, each a link to the list.
import { Anchor, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAttention } from '../queries';
import { STATE_TEXT } from './colors';

export function AttentionCard() {
  const { t } = useTranslation();
  const query = useAttention({ offset: 0, limit: 1 });
  const counts = query.data?.counts;
  const figures = [
    { key: 'overdue', to: '/attention?state=overdue', count: counts?.overdue },
    { key: 'due_soon', to: '/attention?state=due_soon', count: counts?.dueSoon },
  ] as const;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="attention-heading" data-testid="attention-card">
      <Group justify="space-between" align="baseline" mb="sm">
        <Title order={2} size="h4" id="attention-heading">
          {t('nav.attention')}
        </Title>
        <Anchor component={Link} to="/attention" size="sm">
          {t('progress.attention.openAll')}
        </Anchor>
      </Group>
      {counts && counts.overdue + counts.dueSoon === 0 ? (
        <Text size="sm" c="teal.9" data-testid="attention-card-clear">
          {t('progress.attention.allClearTitle')}
        </Text>
      ) : (
        <Group gap="sm">
          {figures.map((f) => (
            <Anchor key={f.key} component={Link} to={f.to} underline="never" c="inherit">
              <Paper withBorder p="sm" radius="sm" bg="gray.0" miw={140}>
                <Text size="xs" c={STATE_TEXT[f.key]} fw={600}>
                  {t(`progress.attention.state.${f.key}`)}
                </Text>
                <Text size="xl" fw={700} c={STATE_TEXT[f.key]} data-testid={`attention-card-${f.key}`}>
                  {f.count ?? '…'}
                </Text>
              </Paper>
            </Anchor>
          ))}
        </Group>
      )}
    </Paper>
  );
}
