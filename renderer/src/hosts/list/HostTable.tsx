// The directory table, memoised: it re-renders when its rows or sorting change, not on every
// keystroke around it (the rows stay the same object while the next page is on its way). An empty
// directory teaches what it is for and how to fill it; an empty search offers to clear the filters.
import { Button } from '@mantine/core';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { HostSummary } from '../../../../shared/hosts/schema';
import { useReferenceLabels } from '../../api/reference';
import { useLang } from '../../i18n/format';
import { type ListSelection, ListTable, type SortedRows } from '../../ui/lists/ListTable';
import '../hosts.css';
import { hostColumns } from './columns';
import { type HostSort, PAGE_SIZE } from './listParams';

interface Props extends SortedRows<HostSummary, HostSort> {
  /** The hosts chosen for the bulk actions, and their change. */
  selected: HostSummary[];
  onSelect: (rows: HostSummary[]) => void;
  /** The bulk bar is shown above: the table is shorter by its height. */
  withBar: boolean;
}

export const HostTable = memo(function HostTable({ selected, onSelect, withBar, ...list }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const labels = useReferenceLabels();
  const { sort, dir, onSort } = list;
  const columns = useMemo(
    () => hostColumns(t, lang, labels.field, { sort, dir, onSort }),
    [t, lang, labels, sort, dir, onSort],
  );

  const selection = useMemo<ListSelection<HostSummary>>(
    () => ({
      selected,
      onChange: onSelect,
      rowLabel: (r) => t('hosts.bulk.selectRow', { name: lang === 'ja' ? r.nameJa : r.nameEn }),
      allLabel: t('hosts.bulk.selectPage'),
    }),
    [selected, onSelect, t, lang],
  );

  return (
    <ListTable
      label={t('hosts.title')}
      selection={selection}
      list={list}
      pageSize={PAGE_SIZE}
      columns={columns}
      columnsKey="hosts"
      height={withBar ? 'calc(100dvh - 280px)' : 'calc(100dvh - 236px)'}
      onRowClick={(record) => navigate(`/hosts/${record.id}`)}
      rowAttributes={(r) => ({ 'data-testid': 'host-row', 'data-id': String(r.id) })}
      empty={{
        title: t('hosts.emptyState.title'),
        text: t('hosts.emptyState.text'),
        actions: (
          <>
            <Button component={Link} to="/hosts/new" leftSection={<IconPlus size={16} aria-hidden />}>
              {t('hosts.emptyState.add')}
            </Button>
            <Button
              component={Link}
              to="/hosts/import"
              variant="default"
              leftSection={<IconFileImport size={16} aria-hidden />}
            >
              {t('hosts.emptyState.importFile')}
            </Button>
          </>
        ),
      }}
    />
  );
});
