// Cancelling a placement: a reason is required and recorded; the row stays, greyed, for the record.
import { Alert, Button, Group, Modal, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Placement } from '../../../../shared/placements/schema';
import { api } from '../../api/client';
import { useLang } from '../../i18n/format';
import { errorOf } from '../../i18n/messages';
import { notifyError, notifySaved } from '../../i18n/notify';
import { useInvalidatePlacements } from '../queries';
import { hostName } from '../text';

export function CancelDialog({ placement, onClose }: { placement: Placement | null; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const host = placement ? hostName({ nameEn: placement.hostNameEn, nameJa: placement.hostNameJa }, lang) : '';
  return (
    <Modal
      opened={placement !== null}
      onClose={onClose}
      title={
        <Title order={2} size="h4">
          {t('placements.cancelDialog.title', { host })}
        </Title>
      }
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': t('placements.close') }}
    >
      {placement && <CancelBody placement={placement} host={host} onClose={onClose} />}
    </Modal>
  );
}

function CancelBody({ placement, host, onClose }: { placement: Placement; host: string; onClose: () => void }) {
  const { t } = useTranslation();
  const invalidate = useInvalidatePlacements();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [stale, setStale] = useState(false);

  const submit = async () => {
    setTried(true);
    if (!reason.trim()) return;
    setSaving(true);
    try {
      await api().call('placements.cancel', { id: placement.id, version: placement.version, reason: reason.trim() });
      await invalidate();
      notifySaved(t('placements.cancelled', { name: placement.traineeName, host }));
      onClose();
    } catch (error) {
      if (errorOf(error).code === 'stale') setStale(true);
      else notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      data-testid="cancel-dialog"
    >
      {stale && (
        <Alert color="red" mb="md">
          {t('placements.stale')}
        </Alert>
      )}
      <Text size="sm" mb="md">
        {t('placements.cancelDialog.text', { name: placement.traineeName, start: placement.start, end: placement.end })}
      </Text>
      <Textarea
        label={t('placements.cancelDialog.reason')}
        withAsterisk
        autosize
        minRows={2}
        maxLength={1000}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={tried && !reason.trim() ? t('validation.reason_required') : undefined}
        data-autofocus
        data-testid="cancel-reason"
      />
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose}>
          {t('placements.cancelDialog.keep')}
        </Button>
        <Button type="submit" color="red.9" loading={saving} disabled={stale} data-testid="cancel-confirm">
          {t('placements.cancelDialog.confirm')}
        </Button>
      </Group>
    </form>
  );
}
