// The directory table, memoised: it re-renders when its rows or sorting change, not on every
// keystroke around it (the rows stay the same object while the next page is on its way).
import { DataTable } from 'mantine-datatable';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { HostSummary } from '../../../../shared/hosts/schema';
import { useLang } from '../../i18n/format';
import { useReferenceLabels } from '../../reference/queries';
import '../../trainees/list/list.css';
import '../hosts.css';
import { hostColumns } from './columns';
import { type HostSort, PAGE_SIZE } from './listParams';

interface Props {
  rows: HostSummary[];
  total: number;
  page: number;
  sort: HostSort;
  dir: 'asc' | 'desc';
  pending: boolean;
  failed: boolean;
  onPage: (page: number) => void;
  onSort: (sort: HostSort, dir: 'asc' | 'desc') => void;
}

export const HostTable = memo(function HostTable({
  rows,
  total,
  page,
  sort,
  dir,
  pending,
  failed,
  onPage,
  onSort,
}: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const labels = useReferenceLabels();
  const columns = useMemo(
    () => hostColumns(t, lang, labels.field, { sort, dir, onSort }),
    [t, lang, labels, sort, dir, onSort],
  );

  return (
    <DataTable
      aria-label={t('hosts.title')}
      withTableBorder
      borderRadius="sm"
      fz="sm"
      horizontalSpacing="xs"
      verticalSpacing={6}
      highlightOnHover
      striped
      height="calc(100dvh - 236px)"
      minHeight={240}
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
        navigate(`/hosts/${record.id}`);
      }}
      customRowAttributes={(r) => ({ 'data-testid': 'host-row', 'data-id': r.id })}
      noRecordsText={failed ? t('list.loadFailed') : t('hosts.empty')}
      paginationText={({ from, to, totalRecords }) => t('list.range', { from, to, total: totalRecords })}
      getPaginationControlProps={(control) => ({ 'aria-label': t(`list.page_${control}`) })}
      loadingText={t('common.loading')}
    />
  );
});
