// Step 2: the whole file as the core read it. Problems of the file as a whole, counts, the bulk
// choices, every row with its problems, and the one button that imports what was chosen.
import { Alert, Button, Group, List, Paper, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportRow } from '../../../../shared/hosts/import-schema';
import type { TextEncoding } from '../../../../shared/text/encodings';
import { FormProblems } from '../../ui/forms/FormProblems';
import {
  type Action,
  countCreate,
  createValid,
  type Decisions,
  filterRows,
  type RowFilter,
  setAction,
  skipProblems,
} from './decisions';
import { EncodingChoice } from './EncodingChoice';
import { PreviewTable } from './PreviewTable';
import { problemText } from './problemText';
import { UnclosedQuotes } from './UnclosedQuotes';

interface Props {
  fileName: string;
  preview: ImportPreview;
  decisions: Decisions;
  onDecisions: (d: Decisions) => void;
  committing: boolean;
  /** The import failed: why, in words. */
  error: string | null;
  onCommit: () => void;
  onCancel: () => void;
  /** The file is being read again (another encoding, lines read as rows). */
  rereading: boolean;
  onEncoding: (encoding: TextEncoding) => void;
  onReadAsRows: (line: number) => void;
}

function Count({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <Paper withBorder px="sm" py={6}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg" data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}

export function ReviewStep({
  fileName,
  preview,
  decisions,
  onDecisions,
  committing,
  error,
  onCommit,
  onCancel,
  rereading,
  onEncoding,
  onReadAsRows,
}: Props) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<RowFilter>('all');
  const [page, setPage] = useState(1);
  const create = countCreate(decisions);
  const rows = filterRows(preview.rows, decisions, filter);
  const c = preview.counts;
  const fileErrors = preview.problems.filter((p) => p.severity === 'error');
  const fileWarnings = preview.problems.filter((p) => p.severity === 'warning');

  return (
    <Stack gap="md">
      <Text data-testid="import-summary">{t('hosts.import.summary', { count: c.rows, file: fileName })}</Text>
      {preview.encoding && (
        <EncodingChoice
          encoding={preview.encoding}
          candidates={preview.encodings}
          busy={rereading || committing}
          onChange={onEncoding}
        />
      )}
      <UnclosedQuotes preview={preview} busy={rereading || committing} onReadAsRows={onReadAsRows} />
      {preview.problems.length > 0 && (
        <Alert
          color={fileErrors.length > 0 ? 'red' : 'orange'}
          title={t('hosts.import.fileProblems')}
          data-testid="file-problems"
        >
          <List size="sm" spacing={2}>
            {[...fileErrors, ...fileWarnings].map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders.
              <List.Item key={i}>{problemText(t, p)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <SimpleGrid cols={6} spacing="xs">
        <Count label={t('hosts.import.counts.rows')} value={c.rows} testId="count-rows" />
        <Count label={t('hosts.import.counts.create')} value={create} testId="count-create" />
        <Count label={t('hosts.import.counts.skip')} value={c.rows - create} testId="count-skip" />
        <Count label={t('hosts.import.counts.errors')} value={c.errors} testId="count-errors" />
        <Count label={t('hosts.import.counts.duplicates')} value={c.duplicates} testId="count-duplicates" />
        <Count label={t('hosts.import.counts.blank')} value={c.blank} testId="count-blank" />
      </SimpleGrid>
      <Group justify="space-between" align="flex-end">
        <SegmentedControl
          aria-label={t('hosts.import.show')}
          value={filter}
          onChange={(v) => {
            setFilter(v as RowFilter);
            setPage(1);
          }}
          data={[
            { value: 'all', label: t('hosts.import.showAll') },
            { value: 'problems', label: t('hosts.import.showProblems') },
            { value: 'create', label: t('hosts.import.showCreate') },
            { value: 'skip', label: t('hosts.import.showSkip') },
          ]}
        />
        <Group gap="xs">
          <Button variant="default" size="xs" onClick={() => onDecisions(skipProblems(preview, decisions))}>
            {t('hosts.import.skipProblems')}
          </Button>
          <Button variant="default" size="xs" onClick={() => onDecisions(createValid(preview))}>
            {t('hosts.import.createValid')}
          </Button>
        </Group>
      </Group>
      <PreviewTable
        preview={preview}
        rows={rows}
        decisions={decisions}
        page={page}
        onPage={setPage}
        onAction={(row: ImportRow, action: Action) => onDecisions(setAction(decisions, row, action))}
      />
      {error && <FormProblems items={[]} error={error} />}
      <Paper withBorder p="sm" pos="sticky" bottom={0} style={{ zIndex: 5 }} shadow="sm">
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {create === 0 ? t('hosts.import.nothingToImport') : ''}
          </Text>
          <Group gap="sm">
            <Button variant="default" onClick={onCancel}>
              {t('hosts.import.cancel')}
            </Button>
            <Button
              onClick={onCommit}
              loading={committing}
              disabled={create === 0}
              leftSection={<IconFileImport size={16} aria-hidden />}
              data-testid="import-confirm"
            >
              {t('hosts.import.confirm', { count: create })}
            </Button>
          </Group>
        </Group>
      </Paper>
    </Stack>
  );
}
