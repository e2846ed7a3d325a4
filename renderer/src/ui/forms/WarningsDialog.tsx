// What the core asks to confirm before saving (a possible duplicate, a passport expiring before
// departure, a session outside the intro, …): the person saves anyway or goes back. Shared by every form.
import { Button, Group, List, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Warning } from '../../../shared/result';
import { warningText } from '../i18n/messages';

interface Props {
  warnings: Warning[] | null;
  saving: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function WarningsDialog({ warnings, saving, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={warnings !== null}
      onClose={onCancel}
      title={t('form.warningsTitle')}
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': t('common.cancel') }}
    >
      <Text mb="sm">{t('form.warningsIntro')}</Text>
      <List spacing="xs" mb="lg" data-testid="save-warnings">
        {(warnings ?? []).map((w) => (
          <List.Item key={w.code}>{warningText(t, w)}</List.Item>
        ))}
      </List>
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} data-autofocus>
          {t('form.goBack')}
        </Button>
        {/* orange.8 with white text is 3.6:1; red.9 passes WCAG AA (5.5:1). */}
        <Button color="red.9" onClick={onConfirm} loading={saving}>
          {t('form.saveAnyway')}
        </Button>
      </Group>
    </Modal>
  );
}
