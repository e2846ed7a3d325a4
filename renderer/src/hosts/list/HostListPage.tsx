// The host directory: server-side paging, search as you type (English or Japanese name, address),
// filters and sorting, all kept in the URL; "New host", "Import…" and "Export" at the top.
import { Button, SegmentedControl } from '@mantine/core';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { sortedRows, useListSearch, useListUrl } from '../../app/useListUrl';
import { ExportMenu } from '../../ui/exports/ExportMenu';
import { ListPage } from '../../ui/lists/ListPage';
import { useBulkSelection } from '../../ui/lists/useBulkSelection';
import { hostListQuery, useHostList } from '../queries';
import { HostBulkActions } from './HostBulkActions';
import { HostFilters } from './HostFilters';
import { HostSearchBox } from './HostSearchBox';
import { HostTable } from './HostTable';
import { DEFAULT_STATE, type HostShow, hasFilters, parseListState, toQuery, toSearchParams } from './listParams';

export function HostListPage() {
  const { t } = useTranslation();
  const list = useListUrl(parseListState, toSearchParams, DEFAULT_STATE);
  const { state, update } = list;
  const query = useHostList(toQuery(state));
  const onSearch = useListSearch(list, (next) => hostListQuery(toQuery(next)));
  const filtered = hasFilters(state);
  const selection = useBulkSelection({ state, query: toQuery(state), shown: query.data });

  return (
    <ListPage
      title={t('hosts.title')}
      count={query.data ? t('hosts.count', { count: query.data.total }) : null}
      countTestId="host-count"
      fetching={query.isFetching}
      actions={
        <>
          <SegmentedControl
            aria-label={t('hosts.show')}
            value={state.show}
            onChange={(v) => update({ show: v as HostShow })}
            data={[
              { value: 'active', label: t('hosts.showActive') },
              { value: 'inactive', label: t('hosts.showInactive') },
              { value: 'all', label: t('hosts.showAll') },
            ]}
          />
          <Button component={Link} to="/hosts/new" leftSection={<IconPlus size={16} aria-hidden />}>
            {t('hosts.new')}
          </Button>
          <Button
            component={Link}
            to="/hosts/import"
            variant="default"
            leftSection={<IconFileImport size={16} aria-hidden />}
          >
            {t('hosts.importButton')}
          </Button>
          <ExportMenu
            testId="host-export"
            make={(format, language) => api().call('hosts.export', { format, language })}
          />
        </>
      }
      filters={
        <>
          <HostSearchBox committed={state.q} onSearch={onSearch} />
          <HostFilters prefecture={state.prefecture} field={state.field} kind={state.kind} onChange={update} />
        </>
      }
      filtered={filtered}
      onClear={list.clearFilters}
    >
      <HostBulkActions selection={selection} state={state} />
      {/* data-query and aria-busy let tests wait for the answer to what is shown. */}
      <div data-testid="host-list" data-query={list.params.toString()} aria-busy={query.isFetching}>
        <HostTable
          {...sortedRows(list, query, filtered)}
          selected={selection.rows}
          onSelect={selection.setRows}
          withBar={selection.active}
        />
      </div>
    </ListPage>
  );
}
