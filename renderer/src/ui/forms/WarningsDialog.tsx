// What the core asks to confirm before saving (a possible duplicate, a passport expiring before
// departure, a host over capacity …): the person saves anyway or goes back. Where the channel records
// why a warning was accepted, the person gives the reason here. Every form uses it through useSave.
import { Button, Group, List, Modal, Text, Textarea } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Warning } from '../../../../shared/result';
import { warningText } from '../../i18n/messages';
import { useEscapeFirst } from '../useEscapeFirst';

interface Props {
  /** The form's save (useSave): its warnings, and the confirmed save that follows "Save anyway". */
  saver: {
    warnings: Warning[] | null;
    saving: boolean;
    confirm: (reason?: string) => Promise<boolean>;
    dismissWarnings: () => void;
  };
  /** "Go back", where the form has more to do than put the warnings away. */
  onCancel?: () => void;
  /** Ask for the reason the warnings are accepted (recorded with the record). */
  withReason?: boolean;
  /** How a warning reads in this feature's words; the app-wide sentence otherwise. */
  say?: (warning: Warning) => ReactNode;
}

export function WarningsDialog({ saver, onCancel = saver.dismissWarnings, withReason = false, say }: Props) {
  const { t } = useTranslation();
  const { warnings, saving } = saver;
  const onConfirm = (reason?: string) => void saver.confirm(reason);
  // Esc means "Go back" to the form, not also "close the form" in the dialog beneath.
  useEscapeFirst(warnings !== null, onCancel);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const confirm = () => {
    if (withReason && reason.trim() === '') {
      setMissing(true);
      return;
    }
    onConfirm(withReason ? reason.trim() : undefined);
  };
  return (
    <Modal
      opened={warnings !== null}
      onClose={onCancel}
      closeOnEscape={false}
      title={t('form.warningsTitle')}
      size="lg"
      centered
      zIndex={300}
      closeButtonProps={{ 'aria-label': t('common.cancel') }}
    >
      <Text mb="sm">{t('form.warningsIntro')}</Text>
      <List spacing="xs" mb="lg" data-testid="save-warnings">
        {(warnings ?? []).map((w) => (
          <List.Item key={`${w.code}:${JSON.stringify(w.params ?? {})}`}>{say ? say(w) : warningText(t, w)}</List.Item>
        ))}
      </List>
      {withReason && (
        <Textarea
          label={t('form.warningReason')}
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setMissing(false);
          }}
          error={missing ? t('form.warningReasonRequired') : undefined}
          autosize
          minRows={2}
          mb="md"
          data-testid="warning-reason"
        />
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} data-autofocus>
          {t('form.goBack')}
        </Button>
        {/* orange.8 with white text is 3.6:1; red.9 passes WCAG AA (5.5:1). */}
        <Button color="red.9" onClick={confirm} loading={saving}>
          {t('form.saveAnyway')}
        </Button>
      </Group>
    </Modal>
  );
}
