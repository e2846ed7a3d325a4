// "Discard your changes?" — asked before typed work is thrown away (leaving a form, closing a dialog).
// Keeping is the default: Enter or Esc keeps the work, only a deliberate click discards it.
import { Button, Group, Modal, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  opened: boolean;
  onKeep: () => void;
  onDiscard: () => void;
}

export function DiscardDialog({ opened, onKeep, onDiscard }: Props) {
  const { t } = useTranslation();
  // Esc means "Keep editing" wherever focus is. Over another dialog, that dialog's focus trap may hold
  // focus, and Esc would reach it instead (asking the same question again) — so it is heard first here.
  useEffect(() => {
    if (!opened) return;
    const keep = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      onKeep();
    };
    window.addEventListener('keydown', keep, true);
    return () => window.removeEventListener('keydown', keep, true);
  }, [opened, onKeep]);
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
