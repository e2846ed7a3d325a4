// A CSV reference file's rows as printed, each with its standing in the app, the value it will be
// stored as once decided (changes highlighted), its findings in words and the choices they offer.
import { Badge, Button, Group, SegmentedControl, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceCheck, RowStanding } from '../../../shared/reference-data/import-schema';
import type { CheckedFile, Decision, Finding, StoredRow } from '../../../shared/reference-data/schema';
import { columnText } from '../ui/findingText';
import { FindingChoice } from './FindingChoice';
import { type DecisionMap, refusedCells, storedRows, typedCheck } from './review';

const STANDING_COLOR: Record<RowStanding, string> = { new: 'teal.9', present: 'gray.7', conflict: '#9c3d00' };

export function StandingBadge({ standing }: { standing: RowStanding | undefined }) {
  const { t } = useTranslation();
  if (!standing) return null;
  return (
    <Badge
      size="sm"
      variant="outline"
      color={STANDING_COLOR[standing]}
      title={standing === 'conflict' ? t('referenceData.standingHelp.conflict') : undefined}
    >
      {t(`referenceData.standing.${standing}`)}
    </Badge>
  );
}

/** A stored value: as printed, or the printed value struck through and what replaces it. */
export function StoredValue({ row, column, refused = false }: { row: StoredRow; column: string; refused?: boolean }) {
  const { t } = useTranslation();
  const change = row.changes.find((c) => c.column === column);
  if (!change) return <>{row.printed[column]}</>;
  // A typed value that breaks its rule is shown as refused: it is not what would be stored.
  return (
    <span className={refused ? 'rd-change rd-refused' : 'rd-change'}>
      <del>{change.from}</del>{' '}
      <VisuallyHidden>{t(refused ? 'referenceData.stored.refused' : 'referenceData.stored.changed')}</VisuallyHidden>
      <span aria-hidden>→ </span>
      <mark>{change.to}</mark>
    </span>
  );
}

/** The findings on each line (a block finding sits on every line it covers). */
export function findingsByLine(findings: Finding[]): Map<number, Finding[]> {
  const out = new Map<number, Finding[]>();
  for (const f of findings) for (const line of new Set(f.lines)) out.set(line, [...(out.get(line) ?? []), f]);
  return out;
}

interface Props {
  file: CheckedFile;
  /** What the check's rules were run against, for the values typed here (none: nothing is typed). */
  rules?: ReferenceCheck['rules'];
  standing: Record<string, RowStanding>;
  decisions: DecisionMap;
  onDecide: (decision: Decision) => void;
  /** Extra columns after the printed ones (none for CSV files). */
  columns?: string[];
}

export function FileRows({ file, rules, standing, decisions, onDecide, columns = file.columns }: Props) {
  const { t } = useTranslation();
  const [only, setOnly] = useState<'all' | 'findings'>('all');
  const stored = storedRows(file, decisions);
  const onLine = findingsByLine(file.findings);
  const refused = rules ? refusedCells({ rules }, file, decisions) : new Set<string>();
  const shown = only === 'all' ? stored : stored.filter((r) => onLine.has(r.line));
  const fileName = t(`referenceData.file.${file.file}`);
  return (
    <Stack gap="xs">
      <SegmentedControl
        size="xs"
        w="fit-content"
        value={only}
        onChange={(v) => setOnly(v as 'all' | 'findings')}
        data={[
          { value: 'all', label: `${t('referenceData.filter.all')} (${stored.length})` },
          { value: 'findings', label: `${t('referenceData.filter.findings')} (${onLine.size})` },
        ]}
        aria-label={t('referenceData.filter.label')}
      />
      <Table.ScrollContainer minWidth={760} type="native">
        <Table className="rd-rows" withTableBorder verticalSpacing={6} data-testid={`rd-rows-${file.file}`}>
          <caption>
            <VisuallyHidden>{t('referenceData.rowsCaption', { file: fileName })}</VisuallyHidden>
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" className="rd-line">
                {t('referenceData.col.line')}
              </Table.Th>
              {columns.map((c) => (
                <Table.Th key={c} scope="col">
                  {columnText(t, c)}
                </Table.Th>
              ))}
              <Table.Th scope="col">{t('referenceData.col.standing')}</Table.Th>
              <Table.Th scope="col" className="rd-findings-col">
                {t('referenceData.col.findings')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row) => {
              const findings = onLine.get(row.line) ?? [];
              return (
                <Table.Tr
                  key={row.line}
                  data-line={row.line}
                  className={`${row.excluded ? 'rd-excluded' : ''}${findings.length ? ' rd-flagged' : ''}`}
                >
                  <Table.Td className="rd-line">{row.line}</Table.Td>
                  {columns.map((c) => (
                    <Table.Td key={c} data-column={c}>
                      <StoredValue row={row} column={c} refused={refused.has(`${row.line}:${c}`)} />
                    </Table.Td>
                  ))}
                  <Table.Td className="rd-standing">
                    <Group gap={4}>
                      <StandingBadge standing={standing[row.key]} />
                      {row.excluded && (
                        <Badge size="sm" color="gray.8" variant="filled">
                          {t('referenceData.stored.excluded')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap="xs">
                      {findings.map((f) => (
                        <FindingChoice
                          key={f.id}
                          finding={f}
                          line={row.line}
                          columns={file.columns}
                          decision={decisions[f.id]}
                          currentValue={(c) => row.values[c] ?? ''}
                          checkTyped={(c, v) => (rules ? typedCheck({ rules }, file, row, c, v) : null)}
                          onDecide={onDecide}
                        />
                      ))}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** "All at once" for one file: only findings not decided yet are touched. */
export function BulkActions({
  file,
  onBulk,
  onClear,
}: {
  file: CheckedFile;
  onBulk: (choice: 'accept' | 'keep') => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  if (file.findings.length === 0) return null;
  const suggestions = file.findings.some((f) => f.suggestion);
  return (
    <Group gap="xs" align="center" data-testid={`rd-bulk-${file.file}`}>
      <Text size="sm" fw={600}>
        {t('referenceData.bulk.heading')}
      </Text>
      {suggestions && (
        <Button size="xs" variant="light" onClick={() => onBulk('accept')}>
          {t('referenceData.bulk.accept')}
        </Button>
      )}
      <Button size="xs" variant="light" onClick={() => onBulk('keep')}>
        {t('referenceData.bulk.keep')}
      </Button>
      <Button size="xs" variant="default" onClick={onClear}>
        {t('referenceData.bulk.clear')}
      </Button>
      <Text size="xs" c="dimmed">
        {t('referenceData.bulk.help')}
      </Text>
    </Group>
  );
}
