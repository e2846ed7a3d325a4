// The table itself, memoised: it re-renders when its rows or sorting change, not on every keystroke
// or URL change around it (the rows stay the same object while the next page is on its way).
import { Button, Group } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { TraineeSummary } from '../../../../shared/trainees/schema';
import { useReferenceLabels } from '../../api/reference';
import { useLang } from '../../i18n/format';
import { EmptyState } from '../../ui/lists/EmptyState';
import { useLoadDemo } from '../../ui/lists/useLoadDemo';
import { traineeColumns } from './columns';
import { PAGE_SIZE, type Sort } from './listParams';
import '../../ui/lists/list.css';
import './badges.css';

interface Props {
  rows: TraineeSummary[];
  total: number;
  page: number;
  sort: Sort;
  dir: 'asc' | 'desc';
  pending: boolean;
  failed: boolean;
  /** Filters or a search are applied: an empty answer says so rather than teaching. */
  filtered: boolean;
  onClearFilters: () => void;
  onPage: (page: number) => void;
  onSort: (sort: Sort, dir: 'asc' | 'desc') => void;
}

export const TraineeTable = memo(function TraineeTable({
  rows,
  total,
  page,
  sort,
  dir,
  pending,
  failed,
  filtered,
  onClearFilters,
  onPage,
  onSort,
}: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const labels = useReferenceLabels();
  const demo = useLoadDemo();
  const columns = useMemo(
    () => traineeColumns(t, lang, labels, { sort, dir, onSort }),
    [t, lang, labels, sort, dir, onSort],
  );

  return (
    <DataTable
      aria-label={t('list.title')}
      withTableBorder
      borderRadius="sm"
      fz="sm"
      horizontalSpacing="xs"
      verticalSpacing={6}
      highlightOnHover
      striped
      height="calc(100dvh - 236px)"
      minHeight={240}
      // Fixed column widths: the browser lays out a new page of rows without re-measuring every
      // cell, and columns do not jump about as the rows change while typing.
      styles={{ table: { tableLayout: 'fixed' } }}
      records={rows}
      columns={columns}
      idAccessor="id"
      fetching={pending}
      totalRecords={total}
      recordsPerPage={PAGE_SIZE}
      page={page}
      onPageChange={onPage}
      onRowClick={({ record, event }) => {
        // The name is a link already; let it navigate on its own.
        if ((event.target as HTMLElement).closest('a')) return;
        navigate(`/trainees/${record.id}`);
      }}
      customRowAttributes={(r) => ({ 'data-testid': 'trainee-row', 'data-ref': r.ref })}
      // mantine-datatable keeps its empty state in the page (transparent) over rows: render it only when empty.
      emptyState={
        pending || rows.length > 0 ? (
          <span />
        ) : (
          <EmptyState
            filtered={filtered}
            failed={failed}
            title={t('list.emptyTitle')}
            text={t('list.emptyText')}
            onClearFilters={onClearFilters}
            actions={
              <Group gap="xs">
                <Button component={Link} to="/trainees/new" leftSection={<IconUserPlus size={16} aria-hidden />}>
                  {t('list.emptyRegister')}
                </Button>
                <Button variant="default" onClick={() => demo.mutate()} loading={demo.isPending}>
                  {t('list.emptyDemo')}
                </Button>
              </Group>
            }
          />
        )
      }
      paginationText={({ from, to, totalRecords }) => t('list.range', { from, to, total: totalRecords })}
      getPaginationControlProps={(control) => ({ 'aria-label': t(`list.page_${control}`) })}
      loadingText={t('common.loading')}
    />
  );
});
