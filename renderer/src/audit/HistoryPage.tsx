// #/history: every change saved in this database, newest first, filtered by person, kind of record,
// action, days and words, a page at a time. The filters live in the URL, so a record's page links here.
import { Badge, Button, CloseButton, Group, Loader, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { isIsoDate } from '../../../shared/fiscal-year';
import { useLang } from '../i18n/format';
import { SearchableSelect } from '../ui/forms/SearchableSelect';
import { actionText, entityText, subjectText } from '../ui/history/labels';
import { HistoryTable } from './HistoryTable';
import {
  DEFAULT_STATE,
  type HistoryState,
  hasFilters,
  parseHistoryState,
  toQuery,
  toSearchParams,
} from './historyParams';
import { useAuditFacets, useAuditSearch } from './queries';
import './audit.css';

const NO_ROWS: never[] = [];
const parseDay = (text: string) => (isIsoDate(text.trim()) ? text.trim() : null);

export function HistoryPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  const state = parseHistoryState(params);
  const query = useAuditSearch(toQuery(state));
  const facets = useAuditFacets().data;

  const latest = useRef(state);
  latest.current = state;
  const update = useCallback(
    (patch: Partial<HistoryState>) => setParams(toSearchParams({ ...latest.current, page: 1, ...patch })),
    [setParams],
  );
  const onPage = useCallback((page: number) => setParams(toSearchParams({ ...latest.current, page })), [setParams]);

  // Words are searched over the whole log, so they are sent once typing pauses.
  const [text, setText] = useState(state.text);
  const [debounced] = useDebouncedValue(text, 300);
  const updateRef = useRef(update);
  updateRef.current = update;
  // Only a new pause in typing sends words; a URL change (which renews `update`) must not resend old ones.
  useEffect(() => {
    if (debounced !== latest.current.text) updateRef.current({ text: debounced });
  }, [debounced]);
  useEffect(() => setText(state.text), [state.text]);

  const options = (values: string[] | undefined, label: (v: string) => string, current: string | null) =>
    [...new Set([...(values ?? []), ...(current ? [current] : [])])]
      .map((v) => ({ value: v, label: label(v) }))
      .sort((a, b) => a.label.localeCompare(b.label));

  const data = query.data;
  const filtered = hasFilters(state);
  const record = state.entityId !== null ? data?.rows[0] : undefined;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Group gap="sm" align="baseline">
          <Title order={1} size="h2">
            {t('audit.title')}
          </Title>
          {query.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
        </Group>
        {filtered && (
          <Button variant="subtle" onClick={() => setParams(toSearchParams(DEFAULT_STATE))} data-testid="audit-clear">
            {t('audit.filter.clear')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t('audit.intro')}
      </Text>
      <Group align="flex-end" gap="sm" wrap="wrap" role="group" aria-label={t('audit.filter.label')}>
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
        <DateInput
          label={t('audit.filter.from')}
          valueFormat="YYYY-MM-DD"
          dateParser={parseDay}
          placeholder="YYYY-MM-DD"
          value={state.from}
          onChange={(v) => update({ from: v })}
          maxDate={state.to ?? undefined}
          clearable
          clearButtonProps={{ 'aria-label': t('form.clearDate', { field: t('audit.filter.from') }) }}
          w={125}
          data-testid="audit-from"
        />
        <DateInput
          label={t('audit.filter.to')}
          valueFormat="YYYY-MM-DD"
          dateParser={parseDay}
          placeholder="YYYY-MM-DD"
          value={state.to}
          onChange={(v) => update({ to: v })}
          minDate={state.from ?? undefined}
          clearable
          clearButtonProps={{ 'aria-label': t('form.clearDate', { field: t('audit.filter.to') }) }}
          w={125}
          data-testid="audit-to"
        />
      </Group>
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
      <div data-testid="audit-list" data-query={params.toString()} aria-busy={query.isFetching}>
        <HistoryTable
          rows={data?.rows ?? NO_ROWS}
          total={data?.total ?? 0}
          page={data?.page ?? state.page}
          pending={query.isPending}
          failed={query.isError}
          filtered={filtered}
          onPage={onPage}
        />
      </div>
    </Stack>
  );
}
