// "Discard your changes?" — asked before typed work is thrown away (leaving a form, closing a dialog).
// Keeping is the default: Enter or Esc keeps the work, only a deliberate click discards it.
import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEscapeFirst } from '../useEscapeFirst';

interface Props {
  opened: boolean;
  onKeep: () => void;
  onDiscard: () => void;
}

export function DiscardDialog({ opened, onKeep, onDiscard }: Props) {
  const { t } = useTranslation();
  // Esc means "Keep editing", and only that: the dialog beneath does not hear it too.
  useEscapeFirst(opened, onKeep);
  return (
    <Modal
      opened={opened}
      onClose={onKeep}
      closeOnEscape={false}
      title={t('unsaved.title')}
      centered
      zIndex={400}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      data-testid="discard-dialog"
    >
      <Text mb="lg">{t('unsaved.text')}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onDiscard}>
          {t('unsaved.discard')}
        </Button>
        <Button onClick={onKeep} data-autofocus>
          {t('unsaved.keep')}
        </Button>
      </Group>
    </Modal>
  );
}
