// The one list table: mantine-datatable with the app's borders, density, translated pagination and
// an empty state that teaches (EmptyState). Lists pass their rows, columns and paging.
import { DataTable, type DataTableColumn } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { EmptyState, type EmptyStateProps } from './EmptyState';

interface Props<T> {
  label: string;
  records: T[];
  columns: DataTableColumn<T>[];
  idAccessor?: keyof T & string;
  total?: number;
  page?: number;
  pageSize?: number;
  onPage?: (page: number) => void;
  fetching: boolean;
  empty: EmptyStateProps;
  onRowClick?: (record: T, event: React.MouseEvent) => void;
  rowAttributes?: (record: T) => Record<string, string | undefined>;
  height?: string | number;
  minHeight?: number;
}

export function ListTable<T>({
  label,
  records,
  columns,
  idAccessor = 'id' as keyof T & string,
  total,
  page,
  pageSize,
  onPage,
  fetching,
  empty,
  onRowClick,
  rowAttributes,
  height,
  minHeight = 240,
}: Props<T>) {
  const { t } = useTranslation();
  const paged =
    total !== undefined && page !== undefined && pageSize !== undefined && onPage !== undefined
      ? {
          totalRecords: total,
          recordsPerPage: pageSize,
          page,
          onPageChange: onPage,
          paginationText: ({ from, to, totalRecords }: { from: number; to: number; totalRecords: number }) =>
            t('list.range', { from, to, total: totalRecords }),
          getPaginationControlProps: (control: string) => ({ 'aria-label': t(`list.page_${control}`) }),
          loadingText: t('common.loading'),
        }
      : {};
  return (
    <DataTable<T>
      aria-label={label}
      withTableBorder
      borderRadius="sm"
      fz="sm"
      horizontalSpacing="xs"
      verticalSpacing={6}
      highlightOnHover
      striped
      height={height}
      minHeight={records.length === 0 ? Math.max(minHeight, 280) : minHeight}
      // Fixed column widths: a new page of rows is laid out without re-measuring every cell.
      styles={{ table: { tableLayout: 'fixed' } }}
      records={records}
      columns={columns}
      idAccessor={idAccessor}
      fetching={fetching}
      {...paged}
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
      // Only while the list is empty: mantine-datatable keeps its empty state in the page at opacity 0
      // over the rows, where its buttons would still take clicks and Tab.
      emptyState={!fetching && records.length === 0 ? <EmptyState {...empty} /> : <span />}
    />
  );
}
