// The trainee list: server-side paging (50 a page), search as you type, sort and filters, all kept
// in the URL. Rows open the detail page by click, or by Enter on the name link.
import { Button, Group, Kbd, SegmentedControl, Stack, Tooltip } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { api } from '../../api/client';
import { traineeKeys } from '../../api/trainees';
import { FOCUS_SEARCH_EVENT } from '../../app/shortcuts';
import { useListUrl } from '../../app/useListUrl';
import { ExportMenu } from '../../ui/exports/ExportMenu';
import { ListTitle } from '../../ui/lists/ListTitle';
import { useTraineeList } from '../queries';
import { ListFilters } from './ListFilters';
import { DEFAULT_STATE, hasFilters, parseListState, type Show, toQuery, toSearchParams } from './listParams';
import { SearchBox } from './SearchBox';
import { TraineeTable } from './TraineeTable';

const NO_ROWS: never[] = [];

export function TraineeListPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const { state, params, reset, update, searched, onSort, onPage } = useListUrl(parseListState, toSearchParams);
  const query = useTraineeList(toQuery(state));
  const searchRef = useRef<HTMLInputElement>(null);

  const client = useQueryClient();
  const onSearch = useCallback(
    (q: string) => {
      // Ask the core straight away; the URL update and re-render follow while the answer is on its way.
      const next = toQuery(searched(q));
      const answer = client.prefetchQuery({
        queryKey: traineeKeys.list(next),
        queryFn: () => api().call('trainees.list', next),
      });
      update({ q }, true);
      return answer;
    },
    [client, update, searched],
  );

  useEffect(() => {
    const focus = () => searchRef.current?.focus();
    if ((location.state as { focusSearch?: boolean } | null)?.focusSearch) focus();
    window.addEventListener(FOCUS_SEARCH_EVENT, focus);
    return () => window.removeEventListener(FOCUS_SEARCH_EVENT, focus);
  }, [location.state]);

  const clearFilters = useCallback(
    () => reset({ ...DEFAULT_STATE, sort: state.sort, dir: state.dir }),
    [reset, state.sort, state.dir],
  );
  const data = query.data;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <ListTitle
          title={t('list.title')}
          count={data ? t('list.count', { count: data.total }) : null}
          fetching={query.isFetching}
        />
        <Group gap="sm">
          {hasFilters(state) && (
            <Button variant="subtle" onClick={clearFilters}>
              {t('list.clearFilters')}
            </Button>
          )}
          <ExportMenu
            testId="trainees-export"
            make={(format, language) => {
              // Every row the filters match, in the list's order: the list's query without its paging.
              const { page: _page, pageSize: _pageSize, ...query } = toQuery(state);
              return api().call('exports.trainees', { format, language, query });
            }}
          />
          <SegmentedControl
            aria-label={t('list.show')}
            value={state.show}
            onChange={(v) => update({ show: v as Show })}
            data={[
              { value: 'active', label: t('list.showActive') },
              { value: 'archived', label: t('list.showArchived') },
              { value: 'all', label: t('list.showAll') },
            ]}
          />
          <Tooltip label={<Kbd size="xs">Ctrl+N</Kbd>}>
            <Button component={Link} to="/trainees/new" leftSection={<IconPlus size={16} aria-hidden />}>
              {t('list.new')}
            </Button>
          </Tooltip>
        </Group>
      </Group>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <SearchBox ref={searchRef} committed={state.q} onSearch={onSearch} />
        <ListFilters
          fy={state.fy}
          country={state.country}
          field={state.field}
          status={state.status}
          onChange={update}
        />
      </Group>
      {/* data-query and aria-busy let tests (and the benchmarks) wait for the answer to what is shown. */}
      <div data-testid="trainee-list" data-query={params.toString()} aria-busy={query.isFetching}>
        <TraineeTable
          rows={data?.rows ?? NO_ROWS}
          total={data?.total ?? 0}
          page={state.page}
          sort={state.sort}
          dir={state.dir}
          pending={query.isPending}
          failed={query.isError}
          filtered={hasFilters(state)}
          onClearFilters={clearFilters}
          onPage={onPage}
          onSort={onSort}
        />
      </div>
    </Stack>
  );
}
