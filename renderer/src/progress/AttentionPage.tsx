// Needs attention: what is overdue or due soon across all trainees (monthly reports, evaluations,
// expiring passports and residence cards; a failed automatic backup above them), filtered and paged in the URL; each row opens the place
// to fix it. Nothing here is stored: the core derives it from the records each time.
import { Group, Paper, SegmentedControl, Select, Text, ThemeIcon } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  ATTENTION_SOON_DAYS,
  DOCUMENT_WARNING_DAYS,
  DUE_KINDS,
  type DueKind,
  REPORT_GRACE_DAYS,
} from '../../../shared/progress/schema';
import { api } from '../api/client';
import { countryOptions, useCountries } from '../api/reference';
import { useListUrl } from '../app/useListUrl';
import { fyLabel, useLang } from '../i18n/format';
import { BackupFailureBanner } from '../ui/BackupFailureBanner';
import { ExportMenu } from '../ui/exports/ExportMenu';
import { SearchableSelect } from '../ui/forms/SearchableSelect';
import { ListPage } from '../ui/lists/ListPage';
import { AttentionTable } from './attention/AttentionTable';
import {
  DEFAULT_STATE,
  type DueState,
  hasFilters,
  parseAttentionState,
  toFilters,
  toQuery,
  toSearchParams,
} from './attention/attentionParams';
import { type DueStateName, STATE_HUE, STATE_TEXT } from './attention/colors';
import { useAttention, useFiscalYears } from './queries';

const NO_ITEMS: never[] = [];

export function AttentionPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const list = useListUrl(parseAttentionState, toSearchParams, DEFAULT_STATE);
  const { state, update } = list;
  const query = useAttention(toQuery(state));
  // The counts cards say how much is overdue and due soon whatever state is picked: with a state
  // filter on, they come from a one-row request without it.
  const unfiltered = useAttention(
    { ...toFilters({ ...state, state: null }), offset: 0, limit: 1 },
    state.state !== null,
  );
  const countries = useCountries().data ?? [];
  const years = [...(useFiscalYears().data?.fiscalYears ?? [])];
  if (state.fy !== null && !years.includes(state.fy)) years.push(state.fy);

  const data = query.data;
  const counts = (state.state === null ? data : unfiltered.data)?.counts;
  const filtered = hasFilters(state);
  const allClear = data !== undefined && data.total === 0 && !filtered;

  return (
    <ListPage
      title={t('progress.attention.title')}
      fetching={query.isFetching}
      actions={
        <ExportMenu
          testId="attention-export"
          make={(format, language) => api().call('exports.attention', { format, language, query: toFilters(state) })}
        />
      }
      intro={t('progress.attention.intro', { days: ATTENTION_SOON_DAYS })}
      above={
        <>
          <BackupFailureBanner where="attention" />
          <Group gap="sm" data-testid="attention-counts" aria-live="polite">
            <CountCard
              label={t('progress.attention.state.overdue')}
              count={counts?.overdue}
              state="overdue"
              active={state.state === 'overdue'}
              onClick={() => update({ state: state.state === 'overdue' ? null : 'overdue' })}
              testId="attention-count-overdue"
            />
            <CountCard
              label={t('progress.attention.state.due_soon')}
              count={counts?.dueSoon}
              state="due_soon"
              active={state.state === 'due_soon'}
              onClick={() => update({ state: state.state === 'due_soon' ? null : 'due_soon' })}
              testId="attention-count-due-soon"
            />
          </Group>
        </>
      }
      filters={
        <>
          <div>
            <Text size="sm" fw={500} id="attention-state-label" mb={2}>
              {t('progress.attention.col.state')}
            </Text>
            <SegmentedControl
              aria-labelledby="attention-state-label"
              value={state.state ?? 'all'}
              onChange={(v) => update({ state: v === 'all' ? null : (v as DueState) })}
              data={[
                { value: 'all', label: t('list.all') },
                { value: 'overdue', label: t('progress.attention.state.overdue') },
                { value: 'due_soon', label: t('progress.attention.state.due_soon') },
              ]}
              data-testid="attention-state"
            />
          </div>
          <Select
            label={t('progress.attention.col.kind')}
            placeholder={t('list.all')}
            data={DUE_KINDS.map((k) => ({ value: k, label: t(`progress.dueKind.${k}`) }))}
            value={state.kind}
            onChange={(v) => update({ kind: v as DueKind | null })}
            clearable
            w={250}
            data-testid="attention-kind"
          />
          <SearchableSelect
            label={t('trainee.field.country')}
            placeholder={t('list.all')}
            data={countryOptions(countries, lang, 'all')}
            value={state.country}
            onChange={(v) => update({ country: v })}
            clearable
            w={170}
            data-testid="attention-country"
          />
          <Select
            label={t('trainee.field.fiscalYearShort')}
            placeholder={t('list.all')}
            data={years.map((y) => ({ value: String(y), label: fyLabel(y, lang, true) }))}
            value={state.fy === null ? null : String(state.fy)}
            onChange={(v) => update({ fy: v ? Number(v) : null })}
            clearable
            w={130}
            data-testid="attention-fy"
          />
        </>
      }
      filtered={filtered}
      onClear={list.clearFilters}
      clearBesideTitle
    >
      {allClear ? (
        <Paper withBorder p="lg" data-testid="attention-empty">
          <Group gap="sm" wrap="nowrap">
            <ThemeIcon color="teal" variant="light" size="lg" radius="xl">
              <IconCircleCheck size={20} aria-hidden />
            </ThemeIcon>
            <div>
              <Text fw={600}>{t('progress.attention.allClearTitle')}</Text>
              <Text size="sm">{t('progress.attention.allClear', { days: ATTENTION_SOON_DAYS })}</Text>
              <Text size="sm" c="dimmed" mt={4}>
                {t('progress.attention.watches', {
                  days: ATTENTION_SOON_DAYS,
                  grace: REPORT_GRACE_DAYS,
                  expiry: DOCUMENT_WARNING_DAYS,
                })}
              </Text>
            </div>
          </Group>
        </Paper>
      ) : (
        <div data-testid="attention-list" data-query={list.params.toString()} aria-busy={query.isFetching}>
          <AttentionTable
            items={data?.items ?? NO_ITEMS}
            today={data?.today ?? ''}
            total={data?.total ?? 0}
            page={state.page}
            pending={query.isPending}
            failed={query.isError}
            filtered={filtered}
            onPage={list.onPage}
            onClearFilters={list.clearFilters}
          />
        </div>
      )}
    </ListPage>
  );
}

function CountCard(props: {
  label: string;
  count: number | undefined;
  state: DueStateName;
  active: boolean;
  onClick: () => void;
  testId: string;
}) {
  return (
    <Paper
      component="button"
      type="button"
      withBorder
      p="sm"
      radius="sm"
      miw={150}
      onClick={props.onClick}
      aria-pressed={props.active}
      data-testid={props.testId}
      style={{
        cursor: 'pointer',
        textAlign: 'left',
        borderColor: props.active ? `var(--mantine-color-${STATE_HUE[props.state]}-7)` : undefined,
        borderWidth: props.active ? 2 : undefined,
        background: props.active ? `var(--mantine-color-${STATE_HUE[props.state]}-0)` : undefined,
      }}
    >
      <Text size="xs" c={STATE_TEXT[props.state]} fw={600}>
        {props.label}
      </Text>
      <Text size="xl" fw={700} c={STATE_TEXT[props.state]} data-testid={`${props.testId}-value`}>
        {props.count ?? '…'}
      </Text>
    </Paper>
  );
}
