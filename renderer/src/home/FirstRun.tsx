// An empty database: say what to do next instead of showing an empty table.
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDatabase, IconUserPlus } from '@tabler/icons-react';
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
            leftSection={<IconDatabase size={18} aria-hidden />}
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
