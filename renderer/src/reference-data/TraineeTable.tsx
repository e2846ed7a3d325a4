// The accepted-trainee table: its rows as printed (with their findings and choices), the figures whose
// column is certain, the figures that cannot be placed in a year, and the contradictions, in words.
import { List, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RowStanding } from '../../../shared/reference-data/import-schema';
import type {
  CheckedTraineeTable,
  Decision,
  Finding,
  HistoricalFact,
  UnplacedFigure,
} from '../../../shared/reference-data/schema';
import { candidatesText, countryText, findingText } from '../ui/findingText';
import { FileRows } from './FileRows';
import type { DecisionMap } from './review';

export const CONTRADICTION_CODES = new Set<Finding['code']>([
  'trainee_row_sum_mismatch',
  'trainee_grand_total_mismatch',
  'trainee_column_total_mismatch',
  'trainee_total_row_missing',
]);

/** Column labels in table order: the range first, then the years, the total last. */
export function factColumns(facts: HistoricalFact[]): string[] {
  const rank = (f: HistoricalFact) =>
    f.period.kind === 'range' ? f.period.from - 10_000 : f.period.kind === 'year' ? f.period.year : 10_000;
  const best = new Map<string, number>();
  for (const f of facts) best.set(f.label, rank(f));
  return [...best.entries()].sort((a, b) => a[1] - b[1]).map(([label]) => label);
}

export function FactsTable({ facts }: { facts: HistoricalFact[] }) {
  const { t } = useTranslation();
  const columns = factColumns(facts);
  const countries: (string | null)[] = [...new Set(facts.map((f) => f.country))];
  return (
    <Table.ScrollContainer minWidth={0} type="native">
      <Table className="rd-table rd-facts" withTableBorder withColumnBorders data-testid="rd-facts">
        <caption>
          <VisuallyHidden>{t('referenceData.trainees.factsCaption')}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('referenceData.col.country')}</Table.Th>
            {columns.map((c) => (
              <Table.Th key={c} scope="col" className="rd-num">
                {c === 'Total' ? t('statistics.col.total') : c.replace('-', '–')}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {countries.map((country) => (
            <Table.Tr key={country ?? 'all'} data-country={country ?? 'all'}>
              <Table.Th scope="row" fw={country ? 500 : 700}>
                {country ? countryText(t, country) : t('referenceData.trainees.all')}
              </Table.Th>
              {columns.map((c) => {
                const fact = facts.find((f) => f.country === country && f.label === c);
                const contradicted = fact?.certainty === 'contradicted';
                return (
                  <Table.Td key={c} className={`rd-num${contradicted ? ' rd-contradicted' : ''}`}>
                    {fact?.value ?? ''}
                    {contradicted && (
                      <>
                        <span aria-hidden> !</span>
                        <VisuallyHidden>{t('referenceData.trainees.contradicted')}</VisuallyHidden>
                      </>
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function UnplacedTable({ unplaced }: { unplaced: UnplacedFigure[] }) {
  const { t } = useTranslation();
  return (
    <Table className="rd-table" withTableBorder maw={560} data-testid="rd-unplaced">
      <caption>
        <VisuallyHidden>{t('referenceData.trainees.unplacedCaption')}</VisuallyHidden>
      </caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('referenceData.col.country')}</Table.Th>
          <Table.Th scope="col" className="rd-num">
            {t('referenceData.col.value')}
          </Table.Th>
          <Table.Th scope="col">{t('referenceData.col.candidates')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {unplaced.map((u) => (
          <Table.Tr key={`${u.line}:${u.index}`}>
            <Table.Th scope="row" fw={500}>
              {countryText(t, u.country)}
            </Table.Th>
            <Table.Td className="rd-num">{u.value}</Table.Td>
            <Table.Td>{candidatesText(t, u)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function Contradictions({ findings }: { findings: Finding[] }) {
  const { t } = useTranslation();
  const list = findings.filter((f) => CONTRADICTION_CODES.has(f.code));
  if (list.length === 0) return null;
  return (
    <List size="sm" spacing={4} data-testid="rd-contradictions">
      {list.map((f) => (
        <List.Item key={f.id}>{findingText(t, f)}</List.Item>
      ))}
    </List>
  );
}

interface Props {
  table: CheckedTraineeTable;
  standing: Record<string, RowStanding>;
  decisions: DecisionMap;
  onDecide: (decision: Decision) => void;
}

export function TraineeTable({ table, standing, decisions, onDecide }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('referenceData.trainees.printedHeading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('referenceData.trainees.printedHelp')}
        </Text>
        <FileRows file={table} standing={standing} decisions={decisions} onDecide={onDecide} />
      </Stack>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('referenceData.trainees.contradictionsHeading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('referenceData.trainees.contradictionsHelp')}
        </Text>
        <Contradictions findings={table.findings} />
      </Stack>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('referenceData.trainees.factsHeading')}
        </Title>
        <FactsTable facts={table.facts} />
      </Stack>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('referenceData.trainees.unplacedHeading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('referenceData.trainees.unplacedHelp')}
        </Text>
        <UnplacedTable unplaced={table.unplaced} />
      </Stack>
    </Stack>
  );
}
