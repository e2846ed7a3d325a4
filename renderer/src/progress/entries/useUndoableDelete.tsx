// Deleting an entry is soft: it goes at once, and the notification offers Undo (which restores it
// with the version the delete returned). Later it can be restored from "Show deleted".
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../../shared/progress/schema';
import { api } from '../../api/client';
import { notifySaved } from '../../i18n/notify';
import { useInvalidateProgress } from '../queries';
import { notifyProgressError } from '../text';

export function useUndoableDelete() {
  const { t } = useTranslation();
  const invalidate = useInvalidateProgress();

  return async (entry: Entry) => {
    let removed: Entry;
    try {
      removed = await api().call('progress.delete', { id: entry.id, version: entry.version });
    } catch (error) {
      notifyProgressError(error);
      return;
    }
    await invalidate();
    const id = `entry-deleted-${entry.id}-${removed.version}`;
    const kind = t(`progress.kindLower.${entry.kind}`);
    const undo = async () => {
      notifications.hide(id);
      try {
        await api().call('progress.restore', { id: removed.id, version: removed.version });
        await invalidate();
        notifySaved(t('progress.restored', { kind }));
      } catch (error) {
        notifyProgressError(error);
      }
    };
    notifications.show({
      id,
      color: 'gray',
      autoClose: 10_000,
      closeButtonProps: { 'aria-label': t('common.close') },
      message: (
        <Group justify="space-between" wrap="nowrap" gap="sm" data-testid="entry-undo-notice">
          <Text size="sm">{t('progress.deleted', { kind, date: entry.date })}</Text>
          <Button size="compact-sm" variant="light" onClick={() => void undo()} data-testid="entry-undo">
            {t('progress.undo')}
          </Button>
        </Group>
      ),
    });
  };
}
