// The records changed last (from the change log), so yesterday's work is one click away.
import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatTimestamp, useLang } from '../i18n/format';
import { entityText, subjectRoute, subjectText } from '../ui/history/labels';
import { useRecentRecords } from './queries';

export function RecentCard() {
  const { t } = useTranslation();
  const lang = useLang();
  const recent = useRecentRecords();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="recent-heading" data-testid="recent-card">
      <Group justify="space-between" align="baseline" mb="sm">
        <Title order={2} size="h4" id="recent-heading">
          {t('dashboard.recent.title')}
        </Title>
        <Anchor component={Link} to="/history" size="sm">
          {t('dashboard.recent.openAll')}
        </Anchor>
      </Group>
      {!recent.isPending && recent.rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dashboard.recent.none')}
        </Text>
      ) : (
        <Stack gap={6} component="ul" p={0} m={0}>
          {recent.rows.map((row) => (
            <Group
              key={row.id}
              component="li"
              gap="xs"
              wrap="nowrap"
              style={{ listStyle: 'none' }}
              data-testid="recent-record"
            >
              <Text size="xs" c="dimmed" miw={110}>
                {entityText(t, row.entity)}
              </Text>
              <Anchor
                component={Link}
                to={subjectRoute(row.subject.link as NonNullable<typeof row.subject.link>)}
                size="sm"
                fw={600}
                truncate
                style={{ flex: 1, minWidth: 0 }}
              >
                {subjectText(t, row, lang)}
              </Anchor>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {formatTimestamp(row.at)}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
