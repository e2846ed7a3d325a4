// The backups on this computer, newest first: when (with the fiscal year), what kind, how large, what it
// holds, whether it passed its check (or the problem in words), and what can be done with it.
import { Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconDeviceFloppy, IconDownload, IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/backup/schema';
import { countsText, kindText, madeAt, problemText, sizeText } from '../i18n/backupLabels';
import { useLang } from '../i18n/format';

const NOWRAP = { whiteSpace: 'nowrap' } as const;
// A badge shrinks to an ellipsis in a tight table; its one word must stay whole.
const FULL = { flexShrink: 0, overflow: 'visible', minWidth: 'max-content' } as const;
const PROBLEM = { whiteSpace: 'normal', minWidth: '16rem', maxWidth: '24rem' } as const;

export function BackupTable({
  backups,
  desktop,
  busyId,
  onCopy,
  onRestore,
}: {
  backups: BackupInfo[];
  desktop: boolean;
  /** The backup being saved, so its button shows it. */
  busyId: string | null;
  onCopy: (backup: BackupInfo) => void;
  onRestore: (backup: BackupInfo) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  if (backups.length === 0) {
    return (
      <Text data-testid="backups-empty" c="dimmed">
        {t('backup.list.empty')}
      </Text>
    );
  }
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={860}>
        <Table striped verticalSpacing="sm" data-testid="backup-table" aria-labelledby="backups-list-title">
          <Table.Thead>
            <Table.Tr>
              <Table.Th style={NOWRAP}>{t('backup.list.date')}</Table.Th>
              <Table.Th style={NOWRAP}>{t('backup.list.kind')}</Table.Th>
              <Table.Th style={NOWRAP}>{t('backup.list.size')}</Table.Th>
              <Table.Th>{t('backup.list.holds')}</Table.Th>
              <Table.Th style={NOWRAP}>{t('backup.list.check')}</Table.Th>
              <Table.Th style={NOWRAP}>{t('backup.list.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {backups.map((b) => {
              const { when, fy } = madeAt(b.createdAt, lang);
              return (
                <Table.Tr key={b.id} data-testid="backup-row" data-id={b.id} data-kind={b.kind}>
                  <Table.Td style={NOWRAP}>
                    <Text size="sm" fw={600}>
                      {when}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {fy}
                    </Text>
                  </Table.Td>
                  <Table.Td style={NOWRAP} data-testid="backup-kind">
                    {kindText(t, b)}
                  </Table.Td>
                  <Table.Td style={NOWRAP}>{sizeText(t, b.size)}</Table.Td>
                  <Table.Td data-testid="backup-counts">
                    <Text size="sm">{countsText(t, b.counts)}</Text>
                  </Table.Td>
                  <Table.Td data-testid="backup-check" style={NOWRAP}>
                    {b.verified ? (
                      <Badge color="teal" variant="dot" c="dark.7" tt="none" radius="sm" style={FULL}>
                        {t('backup.list.verified')}
                      </Badge>
                    ) : (
                      <Stack gap={2}>
                        <Badge color="red" variant="dot" c="dark.7" tt="none" radius="sm" style={FULL}>
                          {t('backup.list.notVerified')}
                        </Badge>
                        {b.problem && (
                          // The problem is a sentence (a schema difference names objects): it wraps.
                          <Text size="xs" c="red.9" style={PROBLEM}>
                            {problemText(t, { code: b.problem, params: b.problemParams })}
                          </Text>
                        )}
                      </Stack>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap" role="group" aria-label={t('backup.list.actionsFor', { date: when })}>
                      <Button
                        size="compact-sm"
                        variant="default"
                        leftSection={
                          desktop ? <IconDeviceFloppy size={14} aria-hidden /> : <IconDownload size={14} aria-hidden />
                        }
                        loading={busyId === b.id}
                        onClick={() => onCopy(b)}
                        data-testid="backup-copy"
                      >
                        {desktop ? t('backup.copy.save') : t('backup.copy.download')}
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="light"
                        leftSection={<IconRestore size={14} aria-hidden />}
                        onClick={() => onRestore(b)}
                        data-testid="backup-restore"
                      >
                        {t('backup.restore.fromBackup')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
