// What a file to be restored holds next to the current data, or why it cannot be restored.
import { Alert, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RestoreInspection } from '../../../shared/backup/schema';
import { ALL_COUNTS, madeAt, problemText, sizeText } from '../i18n/backupLabels';
import { useLang } from '../i18n/format';

export function InspectionView({
  inspection,
  currentVersion,
}: {
  inspection: RestoreInspection;
  /** This app's data version, to say when the file is from an older one. */
  currentVersion: number | null;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!inspection.restorable || !inspection.counts) {
    return (
      <Alert
        color="red"
        icon={<IconAlertTriangle size={18} aria-hidden />}
        title={t('backup.restore.refused')}
        data-testid="restore-refused"
      >
        <Stack gap={4}>
          <Text size="sm">{problemText(t, inspection.problem ?? { code: 'unknown' })}</Text>
          <Text size="sm">{t('backup.restore.nothingChanged')}</Text>
        </Stack>
      </Alert>
    );
  }
  const counts = inspection.counts;
  const last = inspection.lastChangeAt ? madeAt(inspection.lastChangeAt, lang) : null;
  const older =
    currentVersion !== null && inspection.schemaVersion !== null && inspection.schemaVersion < currentVersion;
  return (
    <Stack gap="sm" data-testid="restore-preview">
      <Table withTableBorder verticalSpacing={6} captionSide="top">
        <Table.Caption ta="start" mb={4}>
          {t('backup.restore.preview')}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('backup.restore.record')}</Table.Th>
            <Table.Th ta="end">{t('backup.restore.inBackup')}</Table.Th>
            <Table.Th ta="end">{t('backup.restore.current')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ALL_COUNTS.map((key) => (
            <Table.Tr key={key} data-testid={`restore-count-${key}`}>
              <Table.Th scope="row" fw={400}>
                {t(`backup.records.${key}`)}
              </Table.Th>
              <Table.Td ta="end" fw={counts[key] !== inspection.current[key] ? 700 : 400} data-testid="in-backup">
                {counts[key].toLocaleString(lang)}
              </Table.Td>
              <Table.Td ta="end" data-testid="current">
                {inspection.current[key].toLocaleString(lang)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" data-testid="restore-last-change">
        {t('backup.restore.lastChange', { when: last ? `${last.when} · ${last.fy}` : t('backup.restore.noChanges') })}
      </Text>
      <Text size="sm">{t('backup.restore.size', { size: sizeText(t, inspection.size) })}</Text>
      {older && (
        <Alert color="blue" icon={<IconInfoCircle size={18} aria-hidden />}>
          {t('backup.restore.older', { version: inspection.schemaVersion })}
        </Alert>
      )}
    </Stack>
  );
}
