// The host directory: server-side paging, search as you type (English or Japanese name, address),
// filters and sorting, all kept in the URL; "New host", "Import…" and "Export" at the top.
import { Button, Group, SegmentedControl, Stack } from '@mantine/core';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { useListUrl } from '../../app/useListUrl';
import { ExportMenu } from '../../ui/exports/ExportMenu';
import { FilterRow } from '../../ui/lists/FilterRow';
import { ListTitle } from '../../ui/lists/ListTitle';
import { hostKeys, useHostList } from '../queries';
import { HostFilters } from './HostFilters';
import { HostSearchBox } from './HostSearchBox';
import { HostTable } from './HostTable';
import { DEFAULT_STATE, type HostShow, hasFilters, parseListState, toQuery, toSearchParams } from './listParams';

const NO_ROWS: never[] = [];

export function HostListPage() {
  const { t } = useTranslation();
  const { state, params, reset, update, searched, onSort, onPage } = useListUrl(parseListState, toSearchParams);
  const query = useHostList(toQuery(state));

  const client = useQueryClient();
  const onSearch = useCallback(
    (q: string) => {
      // Ask the core straight away; the URL update and re-render follow while the answer is on its way.
      const next = toQuery(searched(q));
      const answer = client.prefetchQuery({
        queryKey: hostKeys.list(next),
        queryFn: () => api().call('hosts.list', next),
      });
      update({ q }, true);
      return answer;
    },
    [client, update, searched],
  );

  const filtered = hasFilters(state);
  const { sort, dir } = state;
  const clearFilters = useCallback(() => reset({ ...DEFAULT_STATE, sort, dir }), [reset, sort, dir]);

  const data = query.data;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <ListTitle
          title={t('hosts.title')}
          count={data ? t('hosts.count', { count: data.total }) : null}
          countTestId="host-count"
          fetching={query.isFetching}
        />
        <Group gap="sm">
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
        </Group>
      </Group>
      <FilterRow filtered={filtered} onClear={clearFilters}>
        <HostSearchBox committed={state.q} onSearch={onSearch} />
        <HostFilters prefecture={state.prefecture} field={state.field} kind={state.kind} onChange={update} />
      </FilterRow>
      {/* data-query and aria-busy let tests wait for the answer to what is shown. */}
      <div data-testid="host-list" data-query={params.toString()} aria-busy={query.isFetching}>
        <HostTable
          rows={data?.rows ?? NO_ROWS}
          total={data?.total ?? 0}
          page={state.page}
          sort={state.sort}
          dir={state.dir}
          pending={query.isPending}
          failed={query.isError}
          filtered={filtered}
          onClearFilters={clearFilters}
          onPage={onPage}
          onSort={onSort}
        />
      </div>
    </Stack>
  );
}
