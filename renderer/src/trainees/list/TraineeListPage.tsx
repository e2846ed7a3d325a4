// The trainee list: server-side paging (50 a page), search as you type, sort and filters, all kept
// in the URL. Rows open the detail page by click, or by Enter on the name link.
import { Button, Kbd, SegmentedControl, Tooltip } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { api } from '../../api/client';
import { FOCUS_SEARCH_EVENT } from '../../app/shortcuts';
import { sortedRows, useListSearch, useListUrl } from '../../app/useListUrl';
import { ExportMenu } from '../../ui/exports/ExportMenu';
import { ListPage } from '../../ui/lists/ListPage';
import { useBulkSelection } from '../../ui/lists/useBulkSelection';
import { traineeListQuery, useTraineeList } from '../queries';
import { BulkActions } from './BulkActions';
import { ListFilters } from './ListFilters';
import { DEFAULT_STATE, hasFilters, parseListState, type Show, toQuery, toSearchParams } from './listParams';
import { SearchBox } from './SearchBox';
import { TraineeTable } from './TraineeTable';

export function TraineeListPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const list = useListUrl(parseListState, toSearchParams, DEFAULT_STATE);
  const { state, update } = list;
  const query = useTraineeList(toQuery(state));
  const onSearch = useListSearch(list, (next) => traineeListQuery(toQuery(next)));
  const searchRef = useRef<HTMLInputElement>(null);
  const selection = useBulkSelection({ state, query: toQuery(state), shown: query.data });

  useEffect(() => {
    const focus = () => searchRef.current?.focus();
    if ((location.state as { focusSearch?: boolean } | null)?.focusSearch) focus();
    window.addEventListener(FOCUS_SEARCH_EVENT, focus);
    return () => window.removeEventListener(FOCUS_SEARCH_EVENT, focus);
  }, [location.state]);

  const filtered = hasFilters(state);
  return (
    <ListPage
      title={t('list.title')}
      count={query.data ? t('list.count', { count: query.data.total }) : null}
      fetching={query.isFetching}
      actions={
        <>
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
        </>
      }
      filters={
        <>
          <SearchBox ref={searchRef} committed={state.q} onSearch={onSearch} />
          <ListFilters
            fy={state.fy}
            country={state.country}
            field={state.field}
            status={state.status}
            onChange={update}
          />
        </>
      }
      filtered={filtered}
      onClear={list.clearFilters}
      clearBesideTitle
    >
      <BulkActions selection={selection} state={state} />
      {/* data-query and aria-busy let tests (and the benchmarks) wait for the answer to what is shown. */}
      <div data-testid="trainee-list" data-query={list.params.toString()} aria-busy={query.isFetching}>
        <TraineeTable
          {...sortedRows(list, query, filtered)}
          selected={selection.rows}
          onSelect={selection.setRows}
          withBar={selection.active}
        />
      </div>
    </ListPage>
  );
}
