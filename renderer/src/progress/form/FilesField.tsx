// Files to attach when the entry is saved: chosen here, checked at once, sent after the entry.
import { Button, CloseButton, FileButton, Group, Stack, Text } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ACCEPT } from '../files';
import { sizeText } from '../text';
import type { EntryForm } from './useEntryForm';

export function FilesField({ form }: { form: EntryForm }) {
  const { t } = useTranslation();
  return (
    <div>
      <Group gap="sm" align="center">
        <FileButton onChange={(files) => form.addFiles(files)} accept={ACCEPT} multiple>
          {(props) => (
            <Button
              {...props}
              variant="default"
              size="xs"
              leftSection={<IconPaperclip size={14} aria-hidden />}
              data-testid="entry-add-file"
            >
              {t('progress.attachments.add')}
            </Button>
          )}
        </FileButton>
        <Text size="xs" c="dimmed">
          {t('progress.attachments.hint')}
        </Text>
      </Group>
      {form.files.length > 0 && (
        <Stack gap={4} mt="xs" component="ul" p={0} style={{ listStyle: 'none' }} data-testid="entry-files">
          {form.files.map((f) => (
            <li key={f.key} data-testid="entry-file">
              <Group gap="xs" wrap="nowrap">
                <IconPaperclip size={14} aria-hidden />
                <Text size="sm" truncate>
                  {f.file.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {sizeText(f.file.size)}
                </Text>
                <CloseButton
                  size="sm"
                  aria-label={t('progress.attachments.dropPending', { name: f.file.name })}
                  onClick={() => form.dropFile(f.key)}
                />
              </Group>
              {f.problem && (
                <Text size="xs" c="red.9" role="alert" data-testid="entry-file-problem">
                  {f.problem}
                </Text>
              )}
            </li>
          ))}
        </Stack>
      )}
    </div>
  );
}
