// The command palette (Ctrl/Cmd+K from anywhere): recent records first, then records of every kind
// found by the core (search.find, the lists' own keys), actions and screens. Arrow keys move, Enter
// opens the highlighted item. The shell opens it; screens and the current path come from the shell.
import { Badge, Group, Text } from '@mantine/core';
import { createSpotlight, Spotlight } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, memo, type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import type { SearchHit } from '../../../shared/search/schema';
import { searchKey } from '../../../shared/text/normalize';
import { useAppInfo } from '../api/appInfo';
import { api } from '../api/client';
import type { NavEntry } from '../app/screens';
import { dateRange, useLang } from '../i18n/format';
import { type PaletteCommand, useCommands, useScreens } from './commands';
import { matches, recordPath } from './paths';
import { isSameRecord, readRecent, rememberRecent } from './recent';

const [store, palette] = createSpotlight();
/** Opens the palette (the shell's Ctrl/Cmd+K). */
export const openPalette = palette.open;

/**
 * Highlights the first item, as Spotlight does when the query changes; the records arrive after it,
 * so the list may have changed under the highlight (Spotlight does not export its own helper).
 */
function highlightFirst() {
  const list = document.querySelector('[data-testid="palette-list"]');
  list?.querySelector('[data-selected]')?.removeAttribute('data-selected');
  list?.querySelector('[data-action]')?.setAttribute('data-selected', 'true');
  store.updateState((state) => ({ ...state, selected: 0 }));
}

/** Ids in the DOM for the e2e tests and the benchmark: `palette-<kind>-<key>`. */
const hitId = (hit: SearchHit) => `palette-${hit.kind}-${hit.key}`;

function useFound(query: string) {
  const text = query.trim();
  return useQuery({
    queryKey: ['search', 'find', text],
    queryFn: () => api().call('search.find', { text }),
    enabled: searchKey(text) !== '',
    placeholderData: keepPreviousData,
    staleTime: 5_000,
  });
}

export function CommandPalette({ nav }: { nav: readonly NavEntry[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [query, setTyped] = useState('');
  // Enter pressed before the records for what is typed have arrived: opens the best match once they do.
  const pendingEnter = useRef(false);
  const setQuery = (text: string) => {
    pendingEnter.current = false;
    setTyped(text);
  };
  const info = useAppInfo().data;
  // The demo sandbox keeps recent records of its own: a demo record is never offered on the real data.
  const dataDir = info && (info.demo ? `${info.dataDir}#demo` : info.dataDir);
  const [recent, setRecent] = useState<SearchHit[]>([]);
  useEffect(() => setRecent(dataDir ? readRecent(dataDir) : []), [dataDir]);
  const found = useFound(query);
  const typed = searchKey(query) !== '';

  // The items are drawn again only when what they show changes, not on every key: their handlers
  // are stable, and a command runs its latest version (its words and target can change).
  const open = useCallback(
    (hit: SearchHit) => {
      if (dataDir) setRecent(rememberRecent(dataDir, hit));
      navigate(recordPath(hit));
    },
    [dataDir, navigate],
  );
  const runs = useRef(new Map<string, () => void>());
  const run = useCallback((id: string) => runs.current.get(id)?.(), []);
  const recentShown = recent.filter((hit) => !typed || matches(query, hit.title, hit.detail));
  // While the answer for what is typed now is on its way, the last answer stays (no flicker).
  const hits = typed ? (found.data?.hits ?? []).filter((hit) => !recent.some((r) => isSameRecord(r, hit))) : [];
  const commands = useCommands(location.pathname).filter((c) => !typed || matches(query, ...c.words));
  const screens = useScreens(nav).filter((c) => !typed || matches(query, ...c.words));
  for (const c of [...commands, ...screens]) runs.current.set(c.id, c.run);

  const waiting = typed && (found.isPending || found.isPlaceholderData);
  const holdEnter = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !waiting) return;
    event.preventDefault();
    event.stopPropagation();
    pendingEnter.current = true;
  };
  // The highlight is the first item whenever the list changes (Enter opens the best match).
  const listKey = [...recentShown, ...hits].map(hitId).join() + commands.length + screens.length;
  useEffect(() => {
    if (waiting || !listKey) return;
    queueMicrotask(() => {
      highlightFirst();
      if (pendingEnter.current) {
        pendingEnter.current = false;
        document.querySelector<HTMLElement>('[data-testid="palette-list"] [data-selected]')?.click();
      }
    });
  }, [listKey, waiting]);

  const nothing = recentShown.length + hits.length + commands.length + screens.length === 0;
  return (
    <Spotlight.Root
      store={store}
      query={query}
      onQueryChange={setQuery}
      shortcut={null}
      scrollable
      maxHeight={520}
      size="lg"
      // The dialog needs a name of its own (axe): Spotlight's modal has no title.
      attributes={{ content: { 'aria-label': t('search.label') } }}
    >
      <Spotlight.Search
        onKeyDownCapture={holdEnter}
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        leftSection={<IconSearch size={18} stroke={1.6} aria-hidden />}
        data-testid="palette-search"
      />
      <Spotlight.ActionsList
        aria-label={t('search.results')}
        data-testid="palette-list"
        data-loading={found.isFetching || undefined}
      >
        {recentShown.length > 0 && (
          <ActionGroup label={t('search.group.recent')}>
            {recentShown.map((hit) => (
              <RecordAction key={hitId(hit)} hit={hit} onOpen={open} recent />
            ))}
          </ActionGroup>
        )}
        {hits.length > 0 && (
          <ActionGroup label={t('search.group.records')}>
            {hits.map((hit) => (
              <RecordAction key={hitId(hit)} hit={hit} onOpen={open} />
            ))}
          </ActionGroup>
        )}
        {commands.length > 0 && (
          <ActionGroup label={t('search.group.actions')}>
            {commands.map((c) => (
              <CommandAction key={c.id} id={c.id} label={c.label} icon={c.icon} onRun={run} />
            ))}
          </ActionGroup>
        )}
        {screens.length > 0 && (
          <ActionGroup label={t('search.group.screens')}>
            {screens.map((c) => (
              <CommandAction key={c.id} id={c.id} label={c.label} icon={c.icon} onRun={run} />
            ))}
          </ActionGroup>
        )}
        {nothing && <Spotlight.Empty>{found.isFetching ? t('common.loading') : t('search.nothing')}</Spotlight.Empty>}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}

/** Spotlight draws a group's label as CSS content: the group also carries it as its accessible name. */
function ActionGroup({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Spotlight.ActionsGroup label={label} role="group" aria-label={label}>
      {children}
    </Spotlight.ActionsGroup>
  );
}

const RecordAction = memo(function RecordAction({
  hit,
  onOpen,
  recent,
}: {
  hit: SearchHit;
  onOpen: (hit: SearchHit) => void;
  recent?: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const detail = hit.period ? dateRange(hit.period.start, hit.period.end, lang) : hit.detail;
  return (
    <Spotlight.Action onClick={() => onOpen(hit)} data-testid={hitId(hit)} data-recent={recent || undefined}>
      <Group wrap="nowrap" w="100%" gap="sm" justify="space-between">
        <div style={{ minWidth: 0 }}>
          <Text size="sm" fw={500} truncate>
            {hit.title}
          </Text>
          {detail && (
            // Inherits the colour, so it stays readable on the highlighted (filled) item too.
            <Text size="xs" truncate>
              {detail}
            </Text>
          )}
        </div>
        <Group gap={4} wrap="nowrap">
          {hit.inactive && (
            <Badge variant="outline" color="gray" size="sm">
              {t(`search.inactive.${hit.kind === 'trainee' ? 'archived' : 'inactive'}`)}
            </Badge>
          )}
          <Badge variant="light" color="desk" size="sm">
            {t(`search.kind.${hit.kind}`)}
          </Badge>
        </Group>
      </Group>
    </Spotlight.Action>
  );
});

const CommandAction = memo(function CommandAction({
  id,
  label,
  icon: Icon,
  onRun,
}: {
  id: string;
  label: string;
  icon: PaletteCommand['icon'];
  onRun: (id: string) => void;
}) {
  return (
    <Spotlight.Action
      onClick={() => onRun(id)}
      label={label}
      leftSection={<Icon size={18} stroke={1.6} aria-hidden />}
      data-testid={`palette-${id}`}
    />
  );
});
