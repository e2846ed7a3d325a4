// #/dispatch: the requests by state. Tabs of the states in workflow order with their counts (under the
// other filters), filters and search kept in the URL, a sortable table, "New request", the intake view,
// the counterparts, and the export of what is shown (without paging).
import { Button, Checkbox, Tabs } from '@mantine/core';
import { IconCalendarStats, IconPlus, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { RequestState } from '../../../../shared/specialist-dispatch/workflow';
import { api } from '../../api/client';
import { countryOptions, useCountries } from '../../api/reference';
import { sortedRows, useListSearch, useListUrl } from '../../app/useListUrl';
import { useLang } from '../../i18n/format';
import { ExportMenu } from '../../ui/exports/ExportMenu';
import { SearchableSelect } from '../../ui/forms/SearchableSelect';
import { ListPage } from '../../ui/lists/ListPage';
import { SearchBox } from '../../ui/lists/SearchBox';
import { useBulkSelection } from '../../ui/lists/useBulkSelection';
import { STATE_ORDER, stateText } from '../labels';
import { expertiseOptions, upcomingFiscalYear, yearOptions } from '../options';
import { useExpertise, useRequestList } from '../queries';
import { DEFAULT_STATE, hasFilters, parseListState, toFilterQuery, toQuery, toSearchParams } from './listParams';
import { RequestBulkActions } from './RequestBulkActions';
import { RequestTable } from './RequestTable';

const num = (v: string | null) => (v ? Number(v) : null);

export function RequestsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const list = useListUrl(parseListState, toSearchParams, DEFAULT_STATE);
  const { state, update } = list;
  const query = useRequestList(toQuery(state));
  const countries = useCountries().data ?? [];
  const fields = useExpertise().data ?? [];
  const onSearch = useListSearch(list);
  // "All matching" is dropped when the filters or the tab change; ticked rows stay.
  const selection = useBulkSelection({ state, query: toQuery(state), shown: query.data });

  const data = query.data;
  const byState = data?.byState ?? {};
  const all = Object.values(byState).reduce((a, b) => a + b, 0);
  const count = (n: number | undefined) => (data ? ` (${n ?? 0})` : '');
  return (
    <ListPage
      title={t('dispatch.requests.title')}
      count={data ? t('dispatch.requests.count', { count: data.total }) : null}
      countTestId="request-count"
      fetching={query.isFetching}
      actions={
        <>
          <Button component={Link} to="/dispatch/requests/new" leftSection={<IconPlus size={16} aria-hidden />}>
            {t('dispatch.requests.new')}
          </Button>
          <Button
            component={Link}
            to={`/dispatch/intake/${state.fiscalYear ?? upcomingFiscalYear()}`}
            variant="default"
            leftSection={<IconCalendarStats size={16} aria-hidden />}
          >
            {t('dispatch.intake.link')}
          </Button>
          <Button
            component={Link}
            to="/dispatch/counterparts"
            variant="default"
            leftSection={<IconUsersGroup size={16} aria-hidden />}
          >
            {t('dispatch.counterparts.title')}
          </Button>
          <ExportMenu
            testId="request-export"
            make={(format, language) =>
              api().call('exports.requests', { format, language, query: toFilterQuery(state) })
            }
          />
        </>
      }
      above={
        <Tabs
          value={state.state ?? 'all'}
          onChange={(v) => update({ state: v === 'all' || !v ? null : (v as RequestState) })}
        >
          <Tabs.List aria-label={t('dispatch.requests.byState')}>
            <Tabs.Tab value="all" data-testid="state-tab-all">
              {t('dispatch.requests.allStates')}
              {count(all)}
            </Tabs.Tab>
            {STATE_ORDER.map((s) => (
              <Tabs.Tab key={s} value={s} data-testid={`state-tab-${s}`}>
                {stateText(t, s)}
                {count(byState[s])}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </Tabs>
      }
      filters={
        <>
          <SearchBox
            committed={state.q}
            label={t('dispatch.requests.search')}
            placeholder={t('dispatch.requests.searchPlaceholder')}
            testId="request-search"
            onSearch={onSearch}
          />
          <SearchableSelect
            label={t('dispatch.field.fiscalYear')}
            placeholder={t('list.all')}
            data={yearOptions(lang)}
            value={state.fiscalYear === null ? null : String(state.fiscalYear)}
            onChange={(v) => update({ fiscalYear: num(v) })}
            clearable
            w={lang === 'ja' ? 220 : 130}
          />
          <SearchableSelect
            label={t('dispatch.field.country')}
            placeholder={t('list.all')}
            data={countryOptions(countries, lang, state.country)}
            value={state.country}
            onChange={(v) => update({ country: v })}
            clearable
            w={160}
          />
          <SearchableSelect
            label={t('dispatch.field.field')}
            placeholder={t('list.all')}
            data={expertiseOptions(fields, lang, state.field === null ? [] : [state.field])}
            value={state.field === null ? null : String(state.field)}
            onChange={(v) => update({ field: num(v) })}
            clearable
            w={230}
          />
          <Checkbox
            label={t('dispatch.requests.outsideOnly')}
            checked={state.outside}
            onChange={(e) => update({ outside: e.currentTarget.checked })}
            mb={8}
            data-testid="outside-only"
          />
        </>
      }
      filtered={hasFilters(state)}
      // The state tab is not a filter: clearing the filters keeps it.
      onClear={() => list.reset({ ...DEFAULT_STATE, state: state.state, sort: state.sort, dir: state.dir })}
    >
      <RequestBulkActions selection={selection} state={state} />
      <div data-testid="request-list" data-query={list.params.toString()} aria-busy={query.isFetching}>
        <RequestTable
          {...sortedRows(list, query, hasFilters(state) || state.state !== null)}
          selected={selection.rows}
          onSelect={selection.setRows}
        />
      </div>
    </ListPage>
  );
}
