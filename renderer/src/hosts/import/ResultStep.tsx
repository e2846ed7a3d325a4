// Step 3: what the import did: how many hosts were created, and every row that was not, with why.
import { Alert, Button, Group, List, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ImportPreview } from '../../../../shared/hosts/import-schema';
import { rowProblemText } from './problemText';

interface Props {
  preview: ImportPreview;
  result: { created: number; skipped: { line: number; reason: string }[] };
  onAgain: () => void;
}

export function ResultStep({ preview, result, onAgain }: Props) {
  const { t } = useTranslation();
  const byLine = new Map(preview.rows.map((r) => [r.line, r]));
  // The result names a reason by its code; the preview's problem of that code has its details.
  const reason = (line: number, code: string) => {
    const row = byLine.get(line);
    const problem = row?.problems.find((p) => p.code === code);
    return row && problem
      ? rowProblemText(t, preview.columns, row, problem)
      : t(`hosts.import.problem.${code}`, { defaultValue: code });
  };
  return (
    <Stack gap="md" maw={900}>
      <Alert
        color="teal"
        icon={<IconCircleCheck aria-hidden />}
        title={t('hosts.import.resultTitle')}
        // Mantine's teal title on the light teal background is 4.3:1; dark text passes WCAG AA.
        styles={{ title: { color: 'var(--mantine-color-dark-7)' } }}
        data-testid="import-result"
      >
        <Text data-testid="import-created">{t('hosts.import.created', { count: result.created })}</Text>
      </Alert>
      {result.skipped.length > 0 && (
        <Paper withBorder p="md">
          <Text fw={600} mb="xs">
            {t('hosts.import.skipped', { count: result.skipped.length })}
          </Text>
          <ScrollArea.Autosize mah={360} type="auto">
            <List size="sm" spacing={2} data-testid="import-skipped">
              {result.skipped.map((s) => (
                <List.Item key={s.line}>
                  {t('hosts.import.skippedRow', { line: s.line, reason: reason(s.line, s.reason) })}
                </List.Item>
              ))}
            </List>
          </ScrollArea.Autosize>
        </Paper>
      )}
      <Group gap="sm">
        <Button component={Link} to="/hosts">
          {t('hosts.import.openDirectory')}
        </Button>
        <Button variant="default" onClick={onAgain}>
          {t('hosts.import.again')}
        </Button>
      </Group>
    </Stack>
  );
}
