// A failed automatic backup, said plainly until a good backup exists: which backup, when, why, and
// what to do (back up now, or open Backups). On Home, on Backups and as an item in Needs attention.
import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupFailure } from '../../../shared/backup/schema';
import { useBackupStatus, useInvalidateBackupStatus } from '../api/backups';
import { api } from '../api/client';
import { madeAt } from '../i18n/backupLabels';
import { useLang } from '../i18n/format';
import { notifyError, notifySaved } from '../i18n/notify';

export function BackupFailureBanner({ where }: { where: 'home' | 'backups' | 'attention' }) {
  const failure = useBackupStatus().data?.failure;
  if (!failure) return null;
  return <FailureAlert failure={failure} where={where} />;
}

function FailureAlert({ failure, where }: { failure: BackupFailure; where: 'home' | 'backups' | 'attention' }) {
  const { t } = useTranslation();
  const lang = useLang();
  const invalidate = useInvalidateBackupStatus();
  const [busy, setBusy] = useState(false);
  const when = madeAt(failure.at, lang).when;

  const backUpNow = async () => {
    setBusy(true);
    try {
      await api().call('backup.create', {});
      notifySaved(t('backupFailure.done'));
    } catch (error) {
      notifyError(error, t('backupFailure.stillFailing'));
    } finally {
      await invalidate();
      setBusy(false);
    }
  };

  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={t(`backupFailure.title.${failure.kind}`, { when })}
      data-testid={`backup-failure-${where}`}
      role="alert"
    >
      <Stack gap={6}>
        <Text size="sm">{t(`backupFailure.reason.${failure.reason}`, { folder: failure.folder })}</Text>
        {failure.count > 1 && (
          <Text size="sm">
            {t('backupFailure.repeated', { count: failure.count, since: madeAt(failure.firstAt, lang).when })}
          </Text>
        )}
        <Text size="sm">{t(`backupFailure.todo.${failure.reason}`)}</Text>
        {failure.reason === 'other' && (
          <Text size="xs" c="dimmed" data-testid="backup-failure-detail">
            {failure.detail}
          </Text>
        )}
        <Group gap="sm" mt={4}>
          <Button
            size="xs"
            color="red"
            onClick={() => void backUpNow()}
            loading={busy}
            data-testid="backup-failure-now"
          >
            {t('backupFailure.backUpNow')}
          </Button>
          {where !== 'backups' && (
            <Anchor href="#/backups" size="sm" data-testid="backup-failure-open">
              {t('backupFailure.openBackups')}
            </Anchor>
          )}
        </Group>
      </Stack>
    </Alert>
  );
}
