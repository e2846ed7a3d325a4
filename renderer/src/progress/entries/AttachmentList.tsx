// An entry's files: each downloads on click; add more, or remove one after a confirmation.
import { ActionIcon, Button, FileButton, Group, Stack, Text, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconDownload, IconPaperclip, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../../shared/progress/schema';
import { api } from '../../api/client';
import { notifySaved } from '../../i18n/notify';
import { downloadFile } from '../../ui/exports/download';
import { ACCEPT, fileProblem, mimeOf, readBase64 } from '../files';
import { useInvalidateProgress } from '../queries';
import { notifyProgressError, progressErrorText, progressIssueText, sizeText } from '../text';

interface Props {
  entry: Entry;
  /** The entry in words ("Monthly report, 2026-05-31"), to name the buttons for screen readers. */
  label: string;
  readOnly: boolean;
}

export function AttachmentList({ entry, label, readOnly }: Props) {
  const { t } = useTranslation();
  const invalidate = useInvalidateProgress();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);

  const download = async (id: number) => {
    try {
      downloadFile(await api().call('progress.attachments.get', { id }));
    } catch (error) {
      notifyProgressError(error, t('progress.attachments.downloadFailed'));
    }
  };

  const add = async (files: File[]) => {
    setProblems([]);
    setBusy(true);
    const found: string[] = [];
    let count = entry.attachments.length;
    for (const file of files) {
      const problem = fileProblem(file, count);
      if (problem) {
        found.push(progressIssueText(t, { path: 'file', code: problem, params: { name: file.name } }));
        continue;
      }
      try {
        await api().call('progress.attachments.add', {
          entryId: entry.id,
          fileName: file.name,
          mime: mimeOf(file.name) ?? file.type,
          data: await readBase64(file),
        });
        count += 1;
      } catch (error) {
        found.push(`${file.name}: ${progressErrorText(t, error)}`);
      }
    }
    setProblems(found);
    await invalidate();
    setBusy(false);
    const added = count - entry.attachments.length;
    if (added > 0) notifySaved(t('progress.attachments.added', { count: added }));
  };

  const remove = (id: number, name: string) =>
    modals.openConfirmModal({
      title: t('progress.attachments.removeTitle', { name }),
      children: <Text size="sm">{t('progress.attachments.removeText')}</Text>,
      labels: { confirm: t('progress.attachments.remove'), cancel: t('common.cancel') },
      confirmProps: { color: 'red.8', 'data-testid': 'attachment-remove-confirm' } as never,
      onConfirm: async () => {
        try {
          await api().call('progress.attachments.remove', { id });
          await invalidate();
          notifySaved(t('progress.attachments.removed', { name }));
        } catch (error) {
          notifyProgressError(error);
        }
      },
    });

  if (entry.attachments.length === 0 && readOnly) return null;
  return (
    <Stack gap={4}>
      {entry.attachments.length > 0 && (
        <Group gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="entry-attachments">
          {entry.attachments.map((a) => (
            <Group key={a.id} component="li" gap={2} wrap="nowrap" data-testid="attachment">
              <Button
                size="compact-sm"
                variant="light"
                leftSection={<IconDownload size={14} aria-hidden />}
                onClick={() => void download(a.id)}
                title={t('progress.attachments.download', { name: a.fileName })}
                data-testid="attachment-download"
              >
                {a.fileName}
                <Text span size="xs" c="dimmed" ml={6}>
                  {sizeText(a.size)}
                </Text>
              </Button>
              {!readOnly && (
                <Tooltip label={t('progress.attachments.remove')}>
                  <ActionIcon
                    variant="subtle"
                    color="red.8"
                    size="sm"
                    aria-label={t('progress.attachments.removeNamed', { name: a.fileName })}
                    onClick={() => remove(a.id, a.fileName)}
                    data-testid="attachment-remove"
                  >
                    <IconTrash size={14} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              )}
            </Group>
          ))}
        </Group>
      )}
      {!readOnly && (
        <Group>
          <FileButton onChange={(files) => void add(files)} accept={ACCEPT} multiple>
            {(props) => (
              <Button
                {...props}
                size="compact-sm"
                variant="subtle"
                loading={busy}
                leftSection={<IconPaperclip size={14} aria-hidden />}
                aria-label={t('progress.attachments.addTo', { entry: label })}
                data-testid="attachment-add"
              >
                {t('progress.attachments.add')}
              </Button>
            )}
          </FileButton>
        </Group>
      )}
      {problems.map((p) => (
        <Text key={p} size="xs" c="red.9" role="alert" data-testid="attachment-problem">
          {p}
        </Text>
      ))}
    </Stack>
  );
}
