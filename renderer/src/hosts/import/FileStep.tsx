// Step 1: choose a CSV or Excel file. Its type and size are checked here first, so the person learns
// at once; the core checks both again.
import { Alert, Button, FileButton, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from '../../../../shared/hosts/import-schema';
import { useLang } from '../../i18n/format';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Props {
  reading: string | null;
  problem: string | null;
  onFile: (file: File | null) => void;
}

export function FileStep({ reading, problem, onFile }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const rows = IMPORT_MAX_ROWS.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB');
  return (
    <Paper withBorder p="lg" maw={760}>
      <Stack gap="sm" align="flex-start">
        <Text>{t('hosts.import.intro')}</Text>
        <Group gap="sm">
          <FileButton onChange={onFile} accept={ACCEPT}>
            {(props) => (
              <Button
                {...props}
                leftSection={<IconUpload size={16} aria-hidden />}
                disabled={reading !== null}
                data-testid="import-choose"
              >
                {t('hosts.import.choose')}
              </Button>
            )}
          </FileButton>
          {reading && (
            <Group gap="xs" role="status">
              <Loader size="xs" aria-hidden />
              <Text size="sm">{t('hosts.import.reading', { file: reading })}</Text>
            </Group>
          )}
        </Group>
        <Text size="sm" c="dimmed" data-testid="import-limits">
          {t('hosts.import.limits', { mb: IMPORT_MAX_BYTES / 1024 / 1024, rows })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('hosts.import.columns')}
        </Text>
        {problem && (
          <Alert color="red" role="alert" data-testid="import-file-error" w="100%">
            {problem}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
