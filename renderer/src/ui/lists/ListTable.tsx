// The one list table: mantine-datatable with the app's borders, density, translated pagination and
// an empty state that teaches (EmptyState). A list page hands its table a page of rows (ListRows);
// the table adds its columns, where a row leads and what its empty state says.

import { Group } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import { DataTable } from 'mantine-datatable';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ColumnsMenu } from './ColumnsMenu';
import { DensitySwitch } from './DensitySwitch';
import { COMPACT_ROOM, useDensity } from './density';
import { EmptyState } from './EmptyState';
import { useFirstRowsFirst } from './useFirstRowsFirst';
import { useListColumns } from './useListColumns';

export type SortDir = 'asc' | 'desc';

/** A page of a list's rows as the list page hands them to its table. */
export interface ListRows<T> {
  rows: T[];
  total: number;
  page: number;
  /** No answer yet. */
  pending: boolean;
  failed: boolean;
  /** Filters or a search are applied: an empty answer says so rather than teaching. */
  filtered: boolean;
  onClearFilters: () => void;
  onPage: (page: number) => void;
}

/** The same, sorted by the core: the column headers show and change the sorting (SortHeader). */
export interface SortedRows<T, S extends string> extends ListRows<T> {
  sort: S;
  dir: SortDir;
  onSort: (sort: S, dir: SortDir) => void;
}

interface Props<T> {
  label: string;
  list: ListRows<T>;
  pageSize: number;
  columns: DataTableColumn<T>[];
  idAccessor?: keyof T & string;
  /** What the empty list says before any filter: its title, what it is for, the first things to do. */
  empty: { title: string; text: string; actions?: ReactNode };
  onRowClick?: (record: T, event: React.MouseEvent) => void;
  rowAttributes?: (record: T) => Record<string, string | undefined>;
  height?: string | number;
  minHeight?: number;
  /** Room for the empty state while the list is empty: by default enough for buttons one above another. */
  emptyMinHeight?: number;
  /** The list's name for its remembered columns: with it, a Columns menu shows, hides and reorders them. */
  columnsKey?: string;
  /** Rows chosen with a checkbox each (for the list's actions on several records); none when absent. */
  selection?: ListSelection<T>;
}

export interface ListSelection<T> {
  selected: T[];
  onChange: (rows: T[]) => void;
  /** The accessible name of a row's checkbox. */
  rowLabel: (record: T) => string;
  /** The accessible name of the header's checkbox (every row of the page). */
  allLabel: string;
}

/** Room a column without a set width (the name, say) keeps in a narrow window. */
const FREE_COLUMN_MIN = 200;

/** The narrowest the table may get: every set width, and room for the free columns. */
function tableMinWidth<T>(columns: DataTableColumn<T>[]): number {
  return columns
    .filter((c) => !c.hidden)
    .reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : FREE_COLUMN_MIN), 0);
}

export function ListTable<T>({
  label,
  list,
  pageSize,
  columns,
  idAccessor = 'id' as keyof T & string,
  empty,
  onRowClick,
  rowAttributes,
  height,
  minHeight = 240,
  emptyMinHeight = Math.max(minHeight, 280),
  selection,
  columnsKey,
}: Props<T>) {
  const { t } = useTranslation();
  const { rows, pending } = list;
  const [density] = useDensity();
  const compact = density === 'compact';
  const arranged = useListColumns(columnsKey, columns);
  const shown = useFirstRowsFirst(rows);
  return (
    <DataTable<T>
      aria-label={label}
      data-density={density}
      className={compact ? 'tl-compact' : undefined}
      withTableBorder
      borderRadius="sm"
      fz="sm"
      horizontalSpacing="xs"
      verticalSpacing={compact ? 2 : 6}
      highlightOnHover
      striped
      // A compact page has less above the table (ListPage): the table takes that room.
      height={compact && typeof height === 'string' ? `calc(${height} + ${COMPACT_ROOM}px)` : height}
      minHeight={rows.length === 0 ? emptyMinHeight : minHeight}
      // Fixed column widths: a new page of rows is laid out without re-measuring every cell. In a
      // narrow window the table scrolls sideways rather than squeezing the free columns (the name) to
      // nothing.
      styles={{ table: { tableLayout: 'fixed', minWidth: tableMinWidth(arranged.columns) } }}
      records={shown}
      columns={arranged.columns}
      idAccessor={idAccessor}
      fetching={pending}
      totalRecords={list.total}
      recordsPerPage={pageSize}
      page={list.page}
      onPageChange={list.onPage}
      paginationText={({ from, to, totalRecords }) => t('list.range', { from, to, total: totalRecords })}
      getPaginationControlProps={(control) => ({ 'aria-label': t(`list.page_${control}`) })}
      // The list's view controls sit in the pagination row, where they take no height from the rows.
      renderPagination={({ Controls }) => (
        <>
          <Controls.Text />
          <Group gap="sm" wrap="nowrap">
            <DensitySwitch />
            {arranged.menu && <ColumnsMenu {...arranged.menu} />}
            <Controls.Pagination />
          </Group>
        </>
      )}
      loadingText={t('common.loading')}
      onRowClick={
        onRowClick
          ? ({ record, event }) => {
              // A link in the row navigates on its own.
              if ((event.target as HTMLElement).closest('a, button')) return;
              onRowClick(record, event);
            }
          : undefined
      }
      customRowAttributes={rowAttributes}
      {...(selection
        ? {
            selectedRecords: selection.selected,
            onSelectedRecordsChange: selection.onChange,
            getRecordSelectionCheckboxProps: (record: T) => ({ 'aria-label': selection.rowLabel(record) }),
            allRecordsSelectionCheckboxProps: { 'aria-label': selection.allLabel },
          }
        : {})}
      // Only while the list is empty: mantine-datatable keeps its empty state in the page at opacity 0
      // over the rows, where its buttons would still take clicks and Tab.
      emptyState={
        !pending && rows.length === 0 ? (
          <EmptyState {...empty} filtered={list.filtered} failed={list.failed} onClearFilters={list.onClearFilters} />
        ) : (
          <span />
        )
      }
    />
  );
}
