// A restore, step by step in one dialog: the file is sent (browser mode) and inspected; the person sees
// what it holds next to the current data, or why it cannot be restored; confirms, being told that a
// safety backup is made first; then the core restores. Afterwards every cached answer is stale, so all
// queries are invalidated and the person lands on Home.
import { Alert, Button, Group, Loader, Modal, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconRestore, IconShieldCheck } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { RestoreInspection, RestoreSource } from '../../../shared/backup/schema';
import { api } from '../api/client';
import { errorText } from '../i18n/messages';
import { InspectionView } from './InspectionView';
import { useAppInfo } from './queries';

/** What to restore: a name to show, and how to get the source (sending the file first, in browser mode). */
export interface RestoreRequest {
  label: string;
  source: (onProgress: (fraction: number) => void) => Promise<RestoreSource>;
}

type Step =
  | { step: 'uploading'; fraction: number }
  | { step: 'inspecting' }
  | { step: 'preview' | 'confirm' | 'applying'; source: RestoreSource; inspection: RestoreInspection }
  | { step: 'failed'; error: unknown; applying: boolean };

export function RestoreModal({ request, onClose }: { request: RestoreRequest | null; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const info = useAppInfo();
  const [state, setState] = useState<Step>({ step: 'inspecting' });
  const started = useRef<RestoreRequest | null>(null);

  useEffect(() => {
    if (!request || started.current === request) return;
    started.current = request;
    // Answers for a dialog that was closed (or opened for another file) meanwhile are dropped.
    const update = (next: Step) => started.current === request && setState(next);
    setState({ step: 'uploading', fraction: 0 });
    void (async () => {
      try {
        const source = await request.source((fraction) => update({ step: 'uploading', fraction }));
        update({ step: 'inspecting' });
        const inspection = await api().call('backup.restore.inspect', { source });
        update({ step: 'preview', source, inspection });
      } catch (error) {
        update({ step: 'failed', error, applying: false });
      }
    })();
  }, [request]);

  const close = () => {
    started.current = null;
    onClose();
  };

  const apply = async (source: RestoreSource, inspection: RestoreInspection) => {
    setState({ step: 'applying', source, inspection });
    try {
      const done = await api().call('backup.restore.apply', { source, confirm: true });
      // Every record may have changed: nothing cached is true any more.
      await client.invalidateQueries();
      close();
      navigate('/');
      notifications.show({
        color: 'teal',
        title: t('backup.restore.doneTitle'),
        message: t('backup.restore.done', { count: done.counts.trainees }),
        autoClose: 8000,
        closeButtonProps: { 'aria-label': t('common.close') },
      });
    } catch (error) {
      // A safety backup may have been made before the failure: the list shows it.
      void client.invalidateQueries({ queryKey: ['backups'] });
      setState({ step: 'failed', error, applying: true });
    }
  };

  const busy = state.step === 'uploading' || state.step === 'inspecting' || state.step === 'applying';
  const confirming = state.step === 'confirm' || state.step === 'applying';
  return (
    <Modal
      opened={request !== null}
      onClose={() => !busy && close()}
      closeOnEscape={state.step !== 'applying'}
      closeOnClickOutside={false}
      withCloseButton={state.step !== 'applying'}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={confirming ? t('backup.restore.confirmTitle') : t('backup.restore.modalTitle')}
      size="lg"
      data-testid="restore-modal"
    >
      <Stack gap="md">
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('backup.restore.source')} <strong data-testid="restore-source">{request?.label}</strong>
        </Text>
        {state.step === 'uploading' && (
          <Stack gap={4} role="status">
            <Text size="sm">{t('backup.restore.uploading', { percent: Math.round(state.fraction * 100) })}</Text>
            <Progress value={state.fraction * 100} aria-label={t('backup.restore.uploading', { percent: '' })} />
          </Stack>
        )}
        {state.step === 'inspecting' && (
          <Group gap="sm" role="status">
            <Loader size="sm" aria-hidden />
            <Text size="sm">{t('backup.restore.inspecting')}</Text>
          </Group>
        )}
        {state.step === 'preview' && (
          <>
            <InspectionView inspection={state.inspection} currentVersion={info.data?.schemaVersion ?? null} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {state.inspection.restorable ? t('common.cancel') : t('common.close')}
              </Button>
              {state.inspection.restorable && (
                <Button
                  color="red.9"
                  leftSection={<IconRestore size={16} aria-hidden />}
                  onClick={() => setState({ ...state, step: 'confirm' })}
                  data-testid="restore-continue"
                  data-autofocus
                >
                  {t('backup.restore.continue')}
                </Button>
              )}
            </Group>
          </>
        )}
        {confirming && state.inspection.counts && (
          <>
            <Text>
              {t('backup.restore.confirmText', {
                trainees: state.inspection.counts.trainees,
                hosts: state.inspection.counts.hosts,
              })}
            </Text>
            <Alert
              color="teal"
              c="dark.7"
              icon={<IconShieldCheck size={18} aria-hidden />}
              data-testid="restore-safety"
            >
              {t('backup.restore.safety')}
            </Alert>
            {state.step === 'applying' && (
              <Group gap="sm" role="status">
                <Loader size="sm" aria-hidden />
                <Text size="sm">{t('backup.restore.applying')}</Text>
              </Group>
            )}
            <Group justify="flex-end">
              <Button
                variant="default"
                disabled={state.step === 'applying'}
                onClick={() => setState({ ...state, step: 'preview' })}
              >
                {t('backup.restore.back')}
              </Button>
              <Button
                color="red.9"
                loading={state.step === 'applying'}
                onClick={() => void apply(state.source, state.inspection)}
                data-testid="restore-confirm"
                data-autofocus
              >
                {t('backup.restore.confirm')}
              </Button>
            </Group>
          </>
        )}
        {state.step === 'failed' && (
          <>
            <Alert color="red" icon={<IconAlertTriangle size={18} aria-hidden />} data-testid="restore-failed">
              <Stack gap={4}>
                {state.applying && <Text size="sm">{t('backup.restore.failed')}</Text>}
                <Text size="sm">{errorText(t, state.error)}</Text>
              </Stack>
            </Alert>
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.close')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
