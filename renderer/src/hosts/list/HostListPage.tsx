// The host directory: server-side paging, search as you type (English or Japanese name, address),
// filters and sorting, all kept in the URL; "New host", "Import…" and "Export" at the top.
import { Button, Group, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import { ExportMenu } from '../../exports/ExportMenu';
import { hostKeys, useHostList } from '../queries';
import { HostFilters } from './HostFilters';
import { HostSearchBox } from './HostSearchBox';
import { HostTable } from './HostTable';
import {
  DEFAULT_STATE,
  type HostListState,
  type HostShow,
  type HostSort,
  hasFilters,
  parseListState,
  toQuery,
  toSearchParams,
} from './listParams';

const NO_ROWS: never[] = [];

export function HostListPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = parseListState(params);
  const query = useHostList(toQuery(state));

  /** Filters and sorting add a history entry (back undoes them); typing replaces the current one. */
  const latest = useRef(state);
  latest.current = state;
  const update = useCallback(
    (patch: Partial<HostListState>, replace = false) => {
      setParams(toSearchParams({ ...latest.current, page: 1, ...patch }), { replace });
    },
    [setParams],
  );
  const client = useQueryClient();
  const onSearch = useCallback(
    (q: string) => {
      // Ask the core straight away; the URL update and re-render follow while the answer is on its way.
      const next = toQuery({ ...latest.current, page: 1, q });
      const answer = client.prefetchQuery({
        queryKey: hostKeys.list(next),
        queryFn: () => api().call('hosts.list', next),
      });
      update({ q }, true);
      return answer;
    },
    [client, update],
  );
  const onSort = useCallback((sort: HostSort, dir: 'asc' | 'desc') => update({ sort, dir }), [update]);
  const onPage = useCallback((page: number) => setParams(toSearchParams({ ...latest.current, page })), [setParams]);

  const data = query.data;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Group gap="sm" align="baseline">
          <Title order={1} size="h2">
            {t('hosts.title')}
          </Title>
          {data && (
            <Text c="dimmed" aria-live="polite" data-testid="host-count">
              {t('hosts.count', { count: data.total })}
            </Text>
          )}
          {query.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
        </Group>
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
      <Group align="flex-end" gap="sm" wrap="wrap">
        <HostSearchBox committed={state.q} onSearch={onSearch} />
        <HostFilters prefecture={state.prefecture} field={state.field} kind={state.kind} onChange={update} />
        {hasFilters(state) && (
          <Button
            variant="subtle"
            onClick={() => setParams(toSearchParams({ ...DEFAULT_STATE, sort: state.sort, dir: state.dir }))}
          >
            {t('list.clearFilters')}
          </Button>
        )}
      </Group>
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
          onPage={onPage}
          onSort={onSort}
        />
      </div>
    </Stack>
  );
}
