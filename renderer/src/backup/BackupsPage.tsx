// #/backups: back up now, export everything for a new computer, restore from a backup or a file, and the
// list of backups with where they are kept. The desktop app uses the system's file dialogs; the browser
// mode downloads and uploads (transfer.ts).
import { Alert, Button, Code, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabaseExport, IconDeviceFloppy, IconFileUpload } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/backup/schema';
import { api } from '../api/client';
import { madeAt } from '../i18n/backupLabels';
import { useLang } from '../i18n/format';
import { errorText } from '../i18n/messages';
import { notifyError } from '../i18n/notify';
import { BackupFailureBanner } from '../ui/BackupFailureBanner';
import { PageSection as Section } from '../ui/PageSection';
import { BackupTable } from './BackupTable';
import { useBackups, useInvalidateBackups } from './queries';
import { RestoreModal, type RestoreRequest } from './RestoreModal';
import { chooseRestoreFile, exportFileName, isDesktop, saveBackupCopy, uploadRestoreFile } from './transfer';

/** "Working on it" for a screen reader and the eye alike. */
function Working({ text, testId }: { text: string; testId: string }) {
  return (
    <Group gap="sm" role="status" data-testid={testId}>
      <Loader size="sm" aria-hidden />
      <Text size="sm">{text}</Text>
    </Group>
  );
}

export function BackupsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const list = useBackups();
  const invalidate = useInvalidateBackups();
  const desktop = isDesktop();
  const [running, setRunning] = useState<'backup' | 'export' | null>(null);
  const [copying, setCopying] = useState<string | null>(null);
  const [restore, setRestore] = useState<RestoreRequest | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const backUpNow = async () => {
    setRunning('backup');
    try {
      const made = await api().call('backup.create', {});
      await invalidate();
      notifications.show({
        color: 'teal',
        message: t('backup.now.done', { count: made.counts.trainees }),
        autoClose: 5000,
        closeButtonProps: { 'aria-label': t('common.close') },
      });
    } catch (error) {
      notifyError(error, t('backup.now.failed'));
    } finally {
      setRunning(null);
    }
  };

  const saved = (key: 'backup.copy.saved' | 'backup.export.done', file: string) =>
    notifications.show({
      color: 'teal',
      message: t(key, { file }),
      autoClose: 5000,
      closeButtonProps: { 'aria-label': t('common.close') },
    });

  const exportAll = async () => {
    setRunning('export');
    try {
      const file = await saveBackupCopy({ title: t('backup.copy.exportDialogTitle'), fileName: exportFileName() });
      // The export is a fresh backup, so the list has one more.
      await invalidate();
      if (file) saved('backup.export.done', file);
    } catch (error) {
      notifyError(error, t('backup.export.failed'));
    } finally {
      setRunning(null);
    }
  };

  const copy = async (backup: BackupInfo) => {
    setCopying(backup.id);
    try {
      const file = await saveBackupCopy({ id: backup.id, title: t('backup.copy.dialogTitle'), fileName: backup.id });
      if (file) saved('backup.copy.saved', file);
    } catch (error) {
      notifyError(error, t('backup.copy.failed'));
    } finally {
      setCopying(null);
    }
  };

  const restoreBackup = (backup: BackupInfo) => {
    const { when } = madeAt(backup.createdAt, lang);
    setRestore({
      label: `${when} · ${t(`backup.kind.${backup.kind}`)}`,
      source: async () => ({ kind: 'backup', id: backup.id }),
    });
  };

  const restoreFromFile = async () => {
    if (!desktop) {
      fileInput.current?.click();
      return;
    }
    try {
      const chosen = await chooseRestoreFile(t('backup.restore.pickTitle'));
      if (chosen) setRestore({ label: chosen.name, source: async () => chosen.source });
    } catch (error) {
      notifyError(error);
    }
  };

  const picked = (file: File | undefined) => {
    if (fileInput.current) fileInput.current.value = '';
    if (file) setRestore({ label: file.name, source: (progress) => uploadRestoreFile(file, progress) });
  };

  const keep = list.data?.keep ?? {};
  return (
    <Stack gap="lg" maw={1100}>
      <Title order={1} size="h2">
        {t('backup.title')}
      </Title>
      <Text>{t('backup.intro')}</Text>
      <BackupFailureBanner where="backups" />

      <Section id="backup-now-title" title={t('backup.now.title')}>
        <Group gap="sm">
          <Button
            leftSection={<IconDeviceFloppy size={16} aria-hidden />}
            onClick={() => void backUpNow()}
            loading={running === 'backup'}
            disabled={running !== null}
            data-testid="backup-now"
          >
            {t('backup.now.button')}
          </Button>
        </Group>
        {running === 'backup' && <Working text={t('backup.now.running')} testId="backup-running" />}
        {list.data && (
          <Stack gap={4}>
            <Text size="sm">
              {t('backup.folder')}{' '}
              <Code data-testid="backup-folder" style={{ overflowWrap: 'anywhere' }}>
                {list.data.folder}
              </Code>
            </Text>
            <Text size="sm" c="dimmed">
              {t('backup.keep', { daily: keep.daily, monthly: keep.monthly, manual: keep.manual })}
            </Text>
          </Stack>
        )}
      </Section>

      <Section id="backup-export-title" title={t('backup.export.title')}>
        <Text size="sm">{t('backup.export.text')}</Text>
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconDatabaseExport size={16} aria-hidden />}
            onClick={() => void exportAll()}
            loading={running === 'export'}
            disabled={running !== null}
            data-testid="backup-export"
          >
            {t('backup.export.button')}
          </Button>
        </Group>
        {running === 'export' && <Working text={t('backup.export.running')} testId="export-running" />}
      </Section>

      <Section id="backup-restore-title" title={t('backup.restore.title')}>
        <Text size="sm">{t('backup.restore.text')}</Text>
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconFileUpload size={16} aria-hidden />}
            onClick={() => void restoreFromFile()}
            data-testid="restore-file"
          >
            {t('backup.restore.fromFile')}
          </Button>
          {!desktop && (
            <input
              ref={fileInput}
              type="file"
              hidden
              accept=".sqlite,.sqlite3,.db,application/vnd.sqlite3,application/x-sqlite3"
              tabIndex={-1}
              aria-hidden
              data-testid="restore-file-input"
              onChange={(e) => picked(e.currentTarget.files?.[0])}
            />
          )}
        </Group>
      </Section>

      <Section id="backups-list-title" title={t('backup.list.title')}>
        {list.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
        {list.isError && <Alert color="red">{errorText(t, list.error)}</Alert>}
        {list.data && (
          <BackupTable
            backups={list.data.backups}
            desktop={desktop}
            busyId={copying}
            onCopy={(b) => void copy(b)}
            onRestore={restoreBackup}
          />
        )}
      </Section>

      <RestoreModal request={restore} onClose={() => setRestore(null)} />
    </Stack>
  );
}
