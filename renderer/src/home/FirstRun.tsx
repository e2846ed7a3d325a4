// An empty database: say what to do next instead of showing an empty table; and the way into the
// demo sandbox once there are records.
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFlask, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export function FirstRun({ onLoadDemo, loading }: { onLoadDemo: () => void; loading: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xl" maw={720} data-testid="first-run">
      <Stack gap="md">
        <Title order={2} size="h3">
          {t('home.firstRun.title')}
        </Title>
        <Text>{t('home.firstRun.text')}</Text>
        <Group>
          <Button component={Link} to="/trainees/new" leftSection={<IconUserPlus size={18} aria-hidden />}>
            {t('home.firstRun.register')}
          </Button>
          <Button
            variant="default"
            onClick={onLoadDemo}
            loading={loading}
            leftSection={<IconFlask size={18} aria-hidden />}
          >
            {t('home.firstRun.loadDemo')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('home.firstRun.demoNote')}
        </Text>
      </Stack>
    </Paper>
  );
}

/** Below the dashboard: the demo sandbox, open at any time beside the real data. */
export function TryDemo({ onTry, loading }: { onTry: () => void; loading: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" wrap="nowrap" data-testid="try-demo">
      <Button
        variant="default"
        size="xs"
        onClick={onTry}
        loading={loading}
        leftSection={<IconFlask size={16} aria-hidden />}
      >
        {t('sandbox.try')}
      </Button>
      <Text size="sm" c="dimmed">
        {t('sandbox.tryNote')}
      </Text>
    </Group>
  );
}
