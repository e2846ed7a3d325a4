// Every row of the file with its problems and the person's choice for it, 50 rows a page. A row's
// cells can be opened in full (nothing in the file is hidden); rows with errors are locked to "skip".
import { ActionIcon, Group, List, SegmentedControl, Text } from '@mantine/core';
import {
  IconAlertCircle,
  IconAlertTriangle,
  IconChevronDown,
  IconChevronRight,
  IconCircleCheck,
  IconLock,
} from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { DataTable, type DataTableColumn } from 'mantine-datatable';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportRow } from '../../../../shared/hosts/import-schema';
import { useLang } from '../../i18n/format';
import { columnLabel } from '../labels';
import { type Action, type Decisions, isLocked } from './decisions';
import { rowProblemText } from './problemText';
import '../hosts.css';
import './import.css';

export const PREVIEW_PAGE_SIZE = 50;

interface Props {
  preview: ImportPreview;
  rows: ImportRow[];
  decisions: Decisions;
  page: number;
  onPage: (page: number) => void;
  onAction: (row: ImportRow, action: Action) => void;
}

function Problems({ row, columns, t }: { row: ImportRow; columns: ImportPreview['columns']; t: TFunction }) {
  if (row.problems.length === 0) {
    return (
      <Group gap={4} c="teal.9" wrap="nowrap">
        <IconCircleCheck size={14} aria-hidden />
        <Text size="xs">{t('hosts.import.noProblems')}</Text>
      </Group>
    );
  }
  return (
    <List size="xs" spacing={2} listStyleType="none" className="imp-problems">
      {row.problems.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a row's problems never reorder.
        <List.Item key={i} data-severity={p.severity} data-code={p.code}>
          <Group gap={4} wrap="nowrap" align="flex-start">
            {p.severity === 'error' ? (
              <IconAlertCircle size={14} aria-hidden className="imp-icon" />
            ) : (
              <IconAlertTriangle size={14} aria-hidden className="imp-icon" />
            )}
            <span>{rowProblemText(t, columns, row, p)}</span>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}

export function PreviewTable({ preview, rows, decisions, page, onPage, onAction }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [expanded, setExpanded] = useState<number[]>([]);
  const indexOf = useMemo(() => new Map(preview.columns.map((c) => [c.key, c.index])), [preview.columns]);
  const cell = (row: ImportRow, key: string) => {
    const at = indexOf.get(key);
    return at === undefined ? '' : (row.values[at] ?? '');
  };
  const bad = (row: ImportRow, key: string) => row.problems.some((p) => p.column === key && p.severity === 'error');
  const shown = rows.slice((page - 1) * PREVIEW_PAGE_SIZE, page * PREVIEW_PAGE_SIZE);
  const valueCell = (key: string) => (row: ImportRow) => (
    <span className="imp-cell" data-bad={bad(row, key) || undefined}>
      {cell(row, key)}
    </span>
  );

  const columns: DataTableColumn<ImportRow>[] = [
    {
      accessor: 'line',
      title: t('hosts.import.line'),
      width: 78,
      render: (row) => {
        const open = expanded.includes(row.line);
        return (
          <Group gap={2} wrap="nowrap">
            <ActionIcon
              variant="subtle"
              size="sm"
              color="gray.8"
              aria-expanded={open}
              aria-label={t('hosts.import.showCells', { line: row.line })}
              onClick={() => setExpanded((e) => (open ? e.filter((l) => l !== row.line) : [...e, row.line]))}
            >
              {open ? <IconChevronDown size={14} aria-hidden /> : <IconChevronRight size={14} aria-hidden />}
            </ActionIcon>
            <span>{row.line}</span>
          </Group>
        );
      },
    },
    {
      accessor: 'action',
      title: t('hosts.import.action'),
      width: 150,
      render: (row) =>
        isLocked(row) ? (
          <Group gap={4} wrap="nowrap" c="dark.5" data-testid="row-locked">
            <IconLock size={14} aria-hidden />
            <Text size="xs">{t('hosts.import.lockedSkip')}</Text>
          </Group>
        ) : (
          <SegmentedControl
            size="xs"
            aria-label={t('hosts.import.actionFor', { line: row.line })}
            value={decisions[row.line] ?? 'skip'}
            onChange={(v) => onAction(row, v as Action)}
            data={[
              { value: 'create', label: t('hosts.import.create') },
              { value: 'skip', label: t('hosts.import.skip') },
            ]}
            color={decisions[row.line] === 'create' ? 'teal.9' : 'gray.7'}
          />
        ),
    },
    {
      accessor: 'name',
      title: t('hosts.field.name'),
      // The UI language's name first, as everywhere else.
      render: (row) => (
        <div className="hl-name">
          {(lang === 'ja' ? ['nameJa', 'nameEn'] : ['nameEn', 'nameJa']).map((key, i) => (
            <span
              key={key}
              className={i === 0 ? 'imp-cell' : 'imp-cell hl-kana'}
              data-bad={bad(row, key) || undefined}
              lang={key === 'nameJa' ? 'ja' : 'en'}
            >
              {cell(row, key) || '—'}
            </span>
          ))}
        </div>
      ),
    },
    { accessor: 'kind', title: t('hosts.field.kind'), width: 100, render: valueCell('kind') },
    { accessor: 'prefecture', title: t('hosts.field.prefecture'), width: 110, render: valueCell('prefecture') },
    { accessor: 'capacity', title: t('hosts.import.capacityShort'), width: 92, render: valueCell('capacity') },
    {
      accessor: 'problems',
      title: t('hosts.import.problems'),
      width: '32%',
      render: (row) => <Problems row={row} columns={preview.columns} t={t} />,
    },
  ];

  return (
    <DataTable
      aria-label={t('hosts.import.step.review')}
      withTableBorder
      borderRadius="sm"
      fz="sm"
      horizontalSpacing="xs"
      verticalSpacing={6}
      verticalAlign="top"
      striped
      minHeight={200}
      records={shown}
      columns={columns}
      idAccessor="line"
      totalRecords={rows.length}
      recordsPerPage={PREVIEW_PAGE_SIZE}
      page={page}
      onPageChange={onPage}
      rowClassName={(row) => (decisions[row.line] === 'create' ? 'imp-row-create' : undefined)}
      customRowAttributes={(row) => ({
        'data-testid': 'import-row',
        'data-line': row.line,
        'data-action': decisions[row.line] ?? 'skip',
      })}
      rowExpansion={{
        trigger: 'never',
        allowMultiple: true,
        expanded: { recordIds: expanded, onRecordIdsChange: (ids: unknown[]) => setExpanded(ids as number[]) },
        content: ({ record }) => (
          <dl className="imp-cells">
            {preview.columns.map((c) => (
              <div key={c.index}>
                <dt>
                  {c.header || `#${c.index + 1}`}
                  {c.key === null && <span className="imp-ignored"> {columnLabel(t, null)}</span>}
                </dt>
                <dd>{record.values[c.index] || '—'}</dd>
              </div>
            ))}
          </dl>
        ),
      }}
      noRecordsText={t('hosts.import.noRows')}
      paginationText={({ from, to, totalRecords }) => t('hosts.import.range', { from, to, total: totalRecords })}
      getPaginationControlProps={(control) => ({ 'aria-label': t(`list.page_${control}`) })}
    />
  );
}
