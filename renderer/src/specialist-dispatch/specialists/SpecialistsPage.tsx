// #/dispatch/specialists: the pool of Japanese local-government officials (retirees included) who may
// be dispatched. Search by name or local government, filter by field, serving/retired and active,
// sort, page — all kept in the URL.
import { Button, SegmentedControl, Select } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { DataTableColumn } from 'mantine-datatable';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { SpecialistSummary } from '../../../../shared/specialist-dispatch/schema';
import { sortedRows, useListSearch, useListUrl } from '../../app/useListUrl';
import { useLang } from '../../i18n/format';
import { SearchableSelect } from '../../ui/forms/SearchableSelect';
import { ListPage } from '../../ui/lists/ListPage';
import { type ListSelection, ListTable } from '../../ui/lists/ListTable';
import { SortHeader } from '../../ui/lists/SortHeader';
import { useBulkSelection } from '../../ui/lists/useBulkSelection';
import { prefectureName } from '../../ui/prefectures';
import '../../ui/lists/list.css';
import '../dispatch.css';
import { SearchBox } from '../../ui/lists/SearchBox';
import { languageName, otherName, personName } from '../labels';
import { expertiseLabel, expertiseOptions } from '../options';
import { useExpertise, useSpecialistList } from '../queries';
import {
  DEFAULT_STATE,
  hasFilters,
  PAGE_SIZE,
  parseListState,
  type Retired,
  type Show,
  type SpecialistSort,
  toQuery,
  toSearchParams,
} from './listParams';
import { SpecialistBulkActions } from './SpecialistBulkActions';

export function SpecialistsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const list = useListUrl(parseListState, toSearchParams, DEFAULT_STATE);
  const { state, update, onSort } = list;
  const query = useSpecialistList(toQuery(state));
  const fields = useExpertise().data;
  const onSearch = useListSearch(list);
  const filtered = hasFilters(state);
  const { sort, dir } = state;
  const bulk = useBulkSelection({ state, query: toQuery(state), shown: query.data });
  const selection = useMemo<ListSelection<SpecialistSummary>>(
    () => ({
      selected: bulk.rows,
      onChange: bulk.setRows,
      rowLabel: (r) => t('dispatch.bulk.selectSpecialist', { name: personName(r, lang) }),
      allLabel: t('dispatch.bulk.selectSpecialists'),
    }),
    [bulk.rows, bulk.setRows, t, lang],
  );

  const columns = useMemo((): DataTableColumn<SpecialistSummary>[] => {
    const field = expertiseLabel(fields, lang);
    const title = (key: string, s: SpecialistSort) => (
      <SortHeader label={t(key)} sort={s} current={sort} dir={dir} onSort={onSort} />
    );
    return [
      {
        accessor: 'nameEn',
        title: title('dispatch.specialists.col.name', 'name'),
        render: (r) => (
          <div className="tl-name">
            <div className="tl-name-line">
              <Link to={`/dispatch/specialists/${r.id}`} className="tl-link row-link">
                {personName(r, lang)}
              </Link>
              {!r.active && <span className="dp-inactive">{t('dispatch.specialists.inactive')}</span>}
            </div>
            {otherName(r, lang) && <div className="tl-kana">{otherName(r, lang)}</div>}
          </div>
        ),
      },
      {
        accessor: 'homeGovernment',
        title: title('dispatch.specialists.col.home', 'home'),
        render: (r) => (
          <div>
            <div>{r.homeGovernment}</div>
            <div className="tl-kana">
              {r.prefecture ? prefectureName(r.prefecture, lang) : ''}
              {r.retired ? `${r.prefecture ? ' · ' : ''}${t('dispatch.specialists.retired')}` : ''}
            </div>
          </div>
        ),
      },
      {
        accessor: 'fieldIds',
        title: t('dispatch.specialists.col.fields'),
        width: 240,
        render: (r) => r.fieldIds.map(field).join(', ') || '—',
      },
      {
        accessor: 'languages',
        title: t('dispatch.specialists.col.languages'),
        width: 160,
        render: (r) => r.languages.map((l) => languageName(l, lang)).join(', ') || '—',
      },
      {
        accessor: 'dispatchCount',
        title: title('dispatch.specialists.col.dispatches', 'dispatches'),
        width: 110,
        textAlign: 'right',
        render: (r) => r.dispatchCount,
      },
      {
        accessor: 'lastDispatchEnd',
        title: title('dispatch.specialists.col.last', 'lastDispatch'),
        width: 130,
        render: (r) => r.lastDispatchEnd ?? '—',
      },
    ];
  }, [t, lang, fields, sort, dir, onSort]);

  return (
    <ListPage
      title={t('dispatch.specialists.title')}
      count={query.data ? t('dispatch.specialists.count', { count: query.data.total }) : null}
      countTestId="specialist-count"
      fetching={query.isFetching}
      actions={
        <>
          <SegmentedControl
            aria-label={t('dispatch.specialists.show')}
            value={state.show}
            onChange={(v) => update({ show: v as Show })}
            data={[
              { value: 'active', label: t('hosts.showActive') },
              { value: 'inactive', label: t('hosts.showInactive') },
              { value: 'all', label: t('hosts.showAll') },
            ]}
          />
          <Button component={Link} to="/dispatch/specialists/new" leftSection={<IconPlus size={16} aria-hidden />}>
            {t('dispatch.specialists.new')}
          </Button>
        </>
      }
      filters={
        <>
          <SearchBox
            committed={state.q}
            label={t('dispatch.specialists.search')}
            placeholder={t('dispatch.specialists.searchPlaceholder')}
            testId="specialist-search"
            onSearch={onSearch}
          />
          <SearchableSelect
            label={t('dispatch.field.field')}
            placeholder={t('list.all')}
            data={expertiseOptions(fields ?? [], lang, state.field === null ? [] : [state.field])}
            value={state.field === null ? null : String(state.field)}
            onChange={(v) => update({ field: v ? Number(v) : null })}
            clearable
            w={230}
          />
          <Select
            label={t('dispatch.specialists.serving')}
            data={(['all', 'serving', 'retired'] as const).map((v) => ({
              value: v,
              label: t(`dispatch.specialists.servingOption.${v}`),
            }))}
            value={state.retired}
            onChange={(v) => update({ retired: (v as Retired | null) ?? 'all' })}
            allowDeselect={false}
            w={190}
          />
        </>
      }
      filtered={filtered}
      onClear={list.clearFilters}
    >
      <SpecialistBulkActions selection={bulk} state={state} />
      <div data-testid="specialist-list" data-query={list.params.toString()} aria-busy={query.isFetching}>
        <ListTable
          label={t('dispatch.specialists.title')}
          selection={selection}
          list={sortedRows(list, query, filtered)}
          pageSize={PAGE_SIZE}
          columns={columns}
          columnsKey="specialists"
          minHeight={220}
          emptyMinHeight={360}
          onRowClick={(record) => navigate(`/dispatch/specialists/${record.id}`)}
          rowAttributes={(r) => ({ 'data-testid': 'specialist-row', 'data-id': String(r.id) })}
          empty={{
            title: t('dispatch.specialists.emptyTitle'),
            text: t('dispatch.specialists.emptyText'),
            actions: (
              <Button component={Link} to="/dispatch/specialists/new" leftSection={<IconPlus size={16} aria-hidden />}>
                {t('dispatch.specialists.new')}
              </Button>
            ),
          }}
        />
      </div>
    </ListPage>
  );
}
