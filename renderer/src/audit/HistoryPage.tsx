// #/history: every change saved in this database, newest first, filtered by person, kind of record,
// action, days and words, a page at a time. The filters live in the URL, so a record's page links here.
import { Badge, Button, CloseButton, Group, Select, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../../shared/fiscal-year';
import { useListUrl } from '../app/useListUrl';
import { useLang } from '../i18n/format';
import { SearchableSelect } from '../ui/forms/SearchableSelect';
import { actionText, entityText, subjectText } from '../ui/history/labels';
import { ListPage } from '../ui/lists/ListPage';
import { HistoryTable } from './HistoryTable';
import { DEFAULT_STATE, hasFilters, parseHistoryState, toQuery, toSearchParams } from './historyParams';
import { useAuditFacets, useAuditSearch } from './queries';
import './audit.css';

const NO_ROWS: never[] = [];
const parseDay = (text: string) => (isIsoDate(text.trim()) ? text.trim() : null);

export function HistoryPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const list = useListUrl(parseHistoryState, toSearchParams, DEFAULT_STATE);
  const { state, update } = list;
  const query = useAuditSearch(toQuery(state));
  const facets = useAuditFacets().data;

  // Words are searched over the whole log, so they are sent once typing pauses.
  const [text, setText] = useState(state.text);
  const [debounced] = useDebouncedValue(text, 300);
  const latest = useRef({ state, update });
  latest.current = { state, update };
  // Only a new pause in typing sends words; a URL change (which renews `update`) must not resend old ones.
  useEffect(() => {
    if (debounced !== latest.current.state.text) latest.current.update({ text: debounced });
  }, [debounced]);
  useEffect(() => setText(state.text), [state.text]);

  const options = (values: string[] | undefined, label: (v: string) => string, current: string | null) =>
    [...new Set([...(values ?? []), ...(current ? [current] : [])])]
      .map((v) => ({ value: v, label: label(v) }))
      .sort((a, b) => a.label.localeCompare(b.label));

  // The first and last day of the changes shown, as the ISO dates the URL holds.
  const dayFilter = (name: 'from' | 'to') => ({
    label: t(`audit.filter.${name}`),
    valueFormat: 'YYYY-MM-DD',
    dateParser: parseDay,
    placeholder: 'YYYY-MM-DD',
    value: state[name],
    onChange: (v: string | null) => update({ [name]: v }),
    clearable: true,
    clearButtonProps: { 'aria-label': t('form.clearDate', { field: t(`audit.filter.${name}`) }) },
    w: 125,
    'data-testid': `audit-${name}`,
  });

  const data = query.data;
  const filtered = hasFilters(state);
  const record = state.entityId !== null ? data?.rows[0] : undefined;

  return (
    <ListPage
      title={t('audit.title')}
      fetching={query.isFetching}
      actions={
        filtered && (
          <Button variant="subtle" onClick={list.clearFilters} data-testid="audit-clear">
            {t('audit.filter.clear')}
          </Button>
        )
      }
      intro={t('audit.intro')}
      filterLabel={t('audit.filter.label')}
      filters={
        <>
          <TextInput
            type="search"
            label={t('audit.filter.text')}
            placeholder={t('audit.filter.textPlaceholder')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            leftSection={<IconSearch size={16} aria-hidden />}
            rightSection={
              text ? <CloseButton size="sm" aria-label={t('list.clearSearch')} onClick={() => setText('')} /> : null
            }
            maxLength={200}
            w={200}
            autoComplete="off"
            spellCheck={false}
            data-testid="audit-text"
          />
          <SearchableSelect
            label={t('audit.filter.person')}
            placeholder={t('audit.filter.all')}
            data={options(facets?.actors, (v) => v, state.actor)}
            value={state.actor}
            onChange={(v) => update({ actor: v })}
            clearable
            w={160}
            data-testid="audit-actor"
          />
          <Select
            label={t('audit.filter.kind')}
            placeholder={t('audit.filter.all')}
            data={options(facets?.entities, (v) => entityText(t, v), state.entity)}
            value={state.entity}
            onChange={(v) => update({ entity: v, entityId: null })}
            clearable
            w={170}
            data-testid="audit-entity"
          />
          <SearchableSelect
            label={t('audit.filter.action')}
            placeholder={t('audit.filter.all')}
            data={options(facets?.actions, (v) => actionText(t, v), state.action)}
            value={state.action}
            onChange={(v) => update({ action: v })}
            clearable
            w={170}
            data-testid="audit-action"
          />
          <DateInput {...dayFilter('from')} maxDate={state.to ?? undefined} />
          <DateInput {...dayFilter('to')} minDate={state.from ?? undefined} />
        </>
      }
    >
      {state.entity && state.entityId && (
        <Group gap="xs">
          <Badge
            variant="light"
            tt="none"
            size="lg"
            radius="sm"
            rightSection={
              <CloseButton
                size="xs"
                aria-label={t('audit.filter.clear')}
                onClick={() => update({ entityId: null })}
                data-testid="audit-record-clear"
              />
            }
            data-testid="audit-record-filter"
          >
            {entityText(t, state.entity)}
            {record ? ` · ${subjectText(t, record, lang)}` : ` #${state.entityId}`}
          </Badge>
        </Group>
      )}
      <div data-testid="audit-list" data-query={list.params.toString()} aria-busy={query.isFetching}>
        <HistoryTable
          rows={data?.rows ?? NO_ROWS}
          total={data?.total ?? 0}
          page={data?.page ?? state.page}
          pending={query.isPending}
          failed={query.isError}
          filtered={filtered}
          onPage={list.onPage}
        />
      </div>
    </ListPage>
  );
}
