// A file's unclosed quotes, above its rows: each took in the lines after it as one cell, and the
// person may have those lines read as rows instead (the check runs again with them).
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CheckedFile } from '../../../shared/reference-data/schema';
import { findingText } from '../ui/findingText';

interface Props {
  file: CheckedFile;
  busy: boolean;
  onReadAsRows: (line: number) => void;
}

export function UnclosedQuotes({ file, busy, onReadAsRows }: Props) {
  const { t } = useTranslation();
  const quotes = file.findings.filter((f) => f.code === 'unclosed_quote');
  if (quotes.length === 0) return null;
  return (
    <Alert color="red" data-testid="rd-unclosed-quotes">
      <Stack gap="xs">
        {quotes.map((f) => (
          <Stack key={f.id} gap={4} align="flex-start">
            <Text size="sm">{findingText(t, f)}</Text>
            <Button
              size="xs"
              variant="default"
              disabled={busy}
              onClick={() => onReadAsRows(Number(f.params.line ?? f.line))}
            >
              {t('referenceData.readAsRows')}
            </Button>
          </Stack>
        ))}
      </Stack>
    </Alert>
  );
}
