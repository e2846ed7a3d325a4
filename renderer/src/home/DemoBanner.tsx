// While demo data is in the database, say so plainly, with the way to remove it.
import { Alert, Button, Group, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconFlask } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function DemoBanner({ count, onRemove, removing }: { count: number; onRemove: () => void; removing: boolean }) {
  const { t } = useTranslation();
  const confirm = () =>
    modals.openConfirmModal({
      title: t('home.demo.removeTitle'),
      children: <Text size="sm">{t('home.demo.removeText', { count })}</Text>,
      labels: { confirm: t('home.demo.remove'), cancel: t('common.cancel') },
      confirmProps: { color: 'red.8' },
      onConfirm: onRemove,
    });
  return (
    <Alert color="grape" role="status" icon={<IconFlask aria-hidden />} data-testid="demo-banner">
      <Group justify="space-between" wrap="nowrap">
        <Text fw={600} c="grape.9">
          {t('home.demo.banner', { count })}
        </Text>
        <Button size="xs" variant="outline" color="grape.9" onClick={confirm} loading={removing}>
          {t('home.demo.remove')}
        </Button>
      </Group>
    </Alert>
  );
}
