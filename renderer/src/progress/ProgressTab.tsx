// The trainee page's Progress tab: entries newest first (by date, then the latest written), a kind
// filter and "show deleted" kept in the URL, New entry, Export, and the entry dialog — which links
// such as ?tab=progress&new=monthly_report&placement=3&month=2 open already filled in.
import { Alert, Button, Group, Loader, Menu, Select, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ENTRY_KINDS, type Entry, type EntryKind } from '../../../shared/progress/schema';
import type { Warning } from '../../../shared/result';
import { api } from '../api/client';
import { warningText } from '../i18n/messages';
import { notifySaved } from '../i18n/notify';
import { ExportMenu } from '../ui/exports/ExportMenu';
import { EmptyState } from '../ui/lists/EmptyState';
import { EntryCard } from './entries/EntryCard';
import { useUndoableDelete } from './entries/useUndoableDelete';
import { EntryDialog } from './form/EntryDialog';
import type { Prefill } from './form/entryValues';
import type { EntryTarget } from './form/useEntryForm';
import { useEntries, useEvaluationSettings, useInvalidateProgress } from './queries';
import { notifyProgressError } from './text';

interface Props {
  trainee: { id: number; fullName: string; archived: boolean };
}

const oneOf = <T extends string>(v: string | null, list: readonly T[]): T | null =>
  v !== null && (list as readonly string[]).includes(v) ? (v as T) : null;
const int = (v: string | null) => (v && /^\d+$/.test(v) ? Number(v) : undefined);

/** Newest first: by date, then the one written last. */
export const newestFirst = (a: Entry, b: Entry) => b.date.localeCompare(a.date) || b.id - a.id;

/** The new-entry request a link carries, if any. */
function requested(params: URLSearchParams, traineeId: number): EntryTarget | null {
  const kind = oneOf(params.get('new'), ENTRY_KINDS);
  if (!kind) return null;
  const prefill: Prefill = {
    placementId: int(params.get('placement')),
    month: int(params.get('month')),
    stage: oneOf(params.get('stage'), ['mid_term', 'final', 'other'] as const) ?? undefined,
  };
  return { mode: 'create', traineeId, kind, prefill };
}

export function ProgressTab({ trainee }: Props) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const kind = oneOf(params.get('kind'), ENTRY_KINDS);
  const showDeleted = params.get('deleted') === '1';
  const entries = useEntries(trainee.id, kind, showDeleted);
  const settings = useEvaluationSettings();
  const invalidate = useInvalidateProgress();
  const [editing, setEditing] = useState<Entry | null>(null);
  const remove = useUndoableDelete();

  const fromLink = requested(params, trainee.id);
  const target: EntryTarget | null = editing ? { mode: 'edit', entry: editing } : trainee.archived ? null : fromLink;

  const setParam = (patch: Record<string, string | null>, replace = true) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === null) next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace });
  };
  const openNew = (k: EntryKind) => setParam({ new: k, placement: null, month: null, stage: null }, false);
  const close = () => {
    setEditing(null);
    if (fromLink) setParam({ new: null, placement: null, month: null, stage: null });
  };

  const onSaved = (entry: Entry, warnings: Warning[], created: boolean) => {
    close();
    notifySaved(t(created ? 'progress.created' : 'progress.updated', { kind: t(`progress.kindLower.${entry.kind}`) }));
    if (warnings.length > 0) {
      notifications.show({
        color: 'orange',
        title: t('progress.warningsTitle'),
        message: warnings.map((w) => warningText(t, w)).join(' '),
        autoClose: 10_000,
        closeButtonProps: { 'aria-label': t('common.close') },
      });
    }
  };

  const restore = async (e: Entry) => {
    try {
      await api().call('progress.restore', { id: e.id, version: e.version });
      await invalidate();
      notifySaved(t('progress.restored', { kind: t(`progress.kindLower.${e.kind}`) }));
    } catch (error) {
      notifyProgressError(error);
    }
  };

  const list = useMemo(() => [...(entries.data ?? [])].sort(newestFirst), [entries.data]);
  const maxScore = settings.data?.scale.length ? Math.max(...settings.data.scale.map((l) => l.score)) : null;

  return (
    <Stack gap="md" data-testid="progress-tab">
      <Group justify="space-between" align="flex-end">
        <Group gap="sm" align="flex-end">
          <Title order={2} size="h3">
            {t('progress.title')}
          </Title>
          {entries.data && (
            <Text c="dimmed" size="sm" aria-live="polite" data-testid="entry-count">
              {t('progress.count', { count: entries.data.filter((e) => !e.deleted).length })}
            </Text>
          )}
          {entries.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
        </Group>
        <Group gap="sm" align="flex-end">
          <Select
            label={t('progress.filterKind')}
            placeholder={t('progress.allKinds')}
            data={ENTRY_KINDS.map((k) => ({ value: k, label: t(`progress.kindPlural.${k}`) }))}
            value={kind}
            onChange={(v) => setParam({ kind: v })}
            clearable
            w={190}
            data-testid="entry-filter"
          />
          <Switch
            label={t('progress.showDeleted')}
            checked={showDeleted}
            onChange={(e) => setParam({ deleted: e.currentTarget.checked ? '1' : null })}
            mb={8}
            data-testid="entry-show-deleted"
          />
          <ExportMenu
            testId="progress-export"
            make={(format, language) => api().call('exports.progress', { format, language, traineeId: trainee.id })}
          />
          <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false}>
            <Menu.Target>
              <Button
                leftSection={<IconPlus size={16} aria-hidden />}
                rightSection={<IconChevronDown size={14} aria-hidden />}
                disabled={trainee.archived}
                data-testid="entry-new"
              >
                {t('progress.new')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {ENTRY_KINDS.map((k) => (
                <Menu.Item key={k} onClick={() => openNew(k)} data-testid={`entry-new-${k}`}>
                  {t(`progress.kind.${k}`)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      {trainee.archived && (
        <Text size="sm" c="dimmed">
          {t('progress.archivedNote')}
        </Text>
      )}
      {entries.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {entries.isError && <Alert color="red">{t('progress.loadFailed')}</Alert>}
      {entries.data && list.length === 0 && (
        <div data-testid="entries-empty">
          <EmptyState
            filtered={kind !== null}
            title={t('progress.emptyTitle')}
            text={t('progress.empty')}
            actions={
              !trainee.archived && (
                <Group gap="xs">
                  {(['monthly_report', 'note'] as const).map((k) => (
                    <Button key={k} variant="light" size="xs" onClick={() => openNew(k)}>
                      {t('progress.form.newTitle', { kind: t(`progress.kindLower.${k}`) })}
                    </Button>
                  ))}
                </Group>
              )
            }
            onClearFilters={() => setParam({ kind: null })}
          />
        </div>
      )}
      {/* aria-busy lets tests wait for the answer to what is shown. */}
      <Stack gap="sm" data-testid="entries" aria-busy={entries.isFetching}>
        {list.map((e) => (
          <EntryCard
            key={e.id}
            entry={e}
            maxScore={maxScore}
            readOnly={trainee.archived}
            onEdit={setEditing}
            onDelete={(entry) => void remove(entry)}
            onRestore={(entry) => void restore(entry)}
          />
        ))}
      </Stack>
      <EntryDialog target={target} onClose={close} onSaved={onSaved} />
    </Stack>
  );
}
