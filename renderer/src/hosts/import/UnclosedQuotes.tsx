// The file's unclosed quotes: each took in the lines after it as one row, and the person may have
// those lines read as rows instead (the core reads the file again with that quote as a plain character).
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportProblem } from '../../../../shared/hosts/import-schema';
import { problemText } from './problemText';

/** Every unclosed-quote problem of the file and its rows. */
export function unclosedQuotes(preview: ImportPreview): ImportProblem[] {
  const all = [...preview.problems, ...preview.rows.flatMap((r) => r.problems)];
  return all.filter((p) => p.code === 'unclosed_quote' && typeof p.params?.line === 'number');
}

interface Props {
  preview: ImportPreview;
  busy: boolean;
  onReadAsRows: (line: number) => void;
}

export function UnclosedQuotes({ preview, busy, onReadAsRows }: Props) {
  const { t } = useTranslation();
  const quotes = unclosedQuotes(preview);
  if (quotes.length === 0) return null;
  return (
    <Alert color="red" title={t('hosts.import.unclosedTitle')} data-testid="import-unclosed">
      <Stack gap="xs">
        {quotes.map((p) => (
          <Stack key={String(p.params?.line)} gap={4} align="flex-start">
            <Text size="sm">{problemText(t, p)}</Text>
            <Button size="xs" variant="default" disabled={busy} onClick={() => onReadAsRows(Number(p.params?.line))}>
              {t('hosts.import.readAsRows', { line: p.params?.line, through: p.params?.through })}
            </Button>
          </Stack>
        ))}
      </Stack>
    </Alert>
  );
}
