// While the demo sandbox is open: a banner above every screen, the way back, and the window title,
// so demo records are never taken for real ones.
import { Badge, Button, Group, Paper, Text } from '@mantine/core';
import { IconArrowBackUp, IconFlask } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDemoMode, useDemoSwitch } from '../api/demo';

export function DemoModeBanner() {
  const { t, i18n } = useTranslation();
  const demo = useDemoMode();
  const leave = useDemoSwitch();
  const lang = i18n.language;
  useEffect(() => {
    // After i18n's own title (app.name) on a change of language.
    document.title = demo ? t('sandbox.windowTitle', { app: t('app.name'), lng: lang }) : t('app.name', { lng: lang });
  }, [demo, t, lang]);
  if (!demo) return null;
  return (
    <Paper
      role="status"
      data-testid="sandbox-banner"
      bg="orange.1"
      withBorder
      style={{ borderColor: 'var(--mantine-color-orange-7)', borderWidth: 2 }}
      px="md"
      py={8}
      mb="md"
    >
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          <IconFlask size={20} color="var(--mantine-color-orange-9)" aria-hidden />
          <Text fw={700} c="orange.9">
            {t('sandbox.banner')}
          </Text>
        </Group>
        <Button
          size="xs"
          color="orange.9"
          leftSection={<IconArrowBackUp size={16} aria-hidden />}
          loading={leave.isPending}
          onClick={() => leave.mutate('leave')}
        >
          {t('sandbox.back')}
        </Button>
      </Group>
    </Paper>
  );
}

/** Beside the app's name in the header. */
export function DemoModeBadge() {
  const { t } = useTranslation();
  const demo = useDemoMode();
  if (!demo) return null;
  return (
    <Badge color="orange.8" size="lg" radius="sm" leftSection={<IconFlask size={14} aria-hidden />}>
      {t('sandbox.badge')}
    </Badge>
  );
}
