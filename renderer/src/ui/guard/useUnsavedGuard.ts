// What every form and dialog uses to keep typed work: it registers with the navigation guard while the
// form is open, keeps a dirty form's values as a draft in the database every few seconds (so a crash or
// a killed process loses at most those seconds), and offers a draft found on opening back to the person.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { api } from '../../api/client';
import { register } from './registry';

/** How often a dirty form's values are written as a draft. */
export const DRAFT_EVERY_MS = 2_000;

export interface DraftAddress {
  /** The form's name, e.g. "trainee", "progress-entry". */
  form: string;
  /** The record: "new", an id, or a compound such as "12:new" (a new entry on trainee 12). */
  key: string;
}

export interface GuardOptions<V> {
  /** Where the draft is kept; null keeps none (a form too small to be worth one). */
  draft: DraftAddress | null;
  values: V;
  dirty: boolean;
  /** A dialog's guard is active only while it is open. */
  active?: boolean;
  /** The record version the edits started from, kept with the draft. */
  baseVersion?: number | null;
  /** Ctrl+S. */
  onSave?: () => void;
  /** The person discarded from elsewhere (leaving the screen): put the form back as it was. */
  onDiscard?: () => void;
}

export interface Draft<V> {
  values: V;
  savedAt: string;
  baseVersion: number | null;
}

export const draftKey = (address: DraftAddress | null) => ['drafts', address?.form ?? '', address?.key ?? ''] as const;

export function useUnsavedGuard<V>({
  draft,
  values,
  dirty,
  active = true,
  baseVersion = null,
  onSave,
  onDiscard,
}: GuardOptions<V>) {
  const queryClient = useQueryClient();
  // Read at call time (a navigation, a timer), so the latest values are seen without re-registering.
  const state = useRef({
    dirty,
    values,
    /** The values as last saved or discarded: the same values again are not unsaved work. */
    settledJson: null as string | null,
    /** The values as last written as a draft. */
    lastJson: '',
    onSave,
    onDiscard,
    draft,
    baseVersion,
    /** Draft writes and discards go out one after another: a write still in flight when the form is
     * saved must not land after the discard and bring the draft back. */
    queue: Promise.resolve() as Promise<unknown>,
  });
  Object.assign(state.current, { dirty, values, onSave, onDiscard, draft, baseVersion });
  const unsaved = useCallback(
    () => state.current.dirty && JSON.stringify(state.current.values) !== state.current.settledJson,
    [],
  );

  const forget = useCallback(() => {
    const address = state.current.draft;
    if (!address) return;
    state.current.lastJson = '';
    queryClient.setQueryData(draftKey(address), null);
    state.current.queue = state.current.queue.then(() =>
      api()
        .call('drafts.discard', address)
        .catch(() => undefined),
    );
  }, [queryClient]);

  useEffect(() => {
    if (!active) return;
    return register({
      isDirty: unsaved,
      discard: () => {
        state.current.settledJson = JSON.stringify(state.current.values);
        forget();
        state.current.onDiscard?.();
      },
      save: () => state.current.onSave?.(),
    });
  }, [active, forget, unsaved]);

  // The draft: written while dirty and changed since the last write.
  const draftId = draft ? `${draft.form}/${draft.key}` : null;
  useEffect(() => {
    if (!active || draftId === null) return;
    const write = () => {
      const s = state.current;
      const now = JSON.stringify(s.values);
      if (!unsaved() || now === s.lastJson || !s.draft) return;
      s.lastJson = now;
      const input = { ...s.draft, values: JSON.parse(now) as Record<string, unknown>, baseVersion: s.baseVersion };
      s.queue = s.queue.then(() =>
        api()
          .call('drafts.save', input)
          .catch(() => {
            s.lastJson = ''; // try again next time
          }),
      );
    };
    const timer = window.setInterval(write, DRAFT_EVERY_MS);
    const onHide = () => document.visibilityState === 'hidden' && write();
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [active, draftId, unsaved]);

  const found = useQuery({
    queryKey: draftKey(draft),
    queryFn: () => api().call('drafts.get', draft as DraftAddress) as Promise<Draft<V> | null>,
    enabled: active && draft !== null,
    staleTime: 0,
    gcTime: 0,
  });

  return {
    /** A draft kept from an earlier session of this form, to offer back. */
    draft: found.data ?? null,
    /** After a successful save: the form is clean and its draft gone. */
    saved: () => {
      state.current.settledJson = JSON.stringify(state.current.values);
      forget();
    },
    /** The person restored the draft: its values become the form's, already written. */
    restored: (restoredValues: V) => {
      state.current.lastJson = JSON.stringify(restoredValues);
      queryClient.setQueryData(draftKey(draft), null);
    },
    /** The person declined the draft, or discarded the form. */
    forget,
    /** True while there is typed work not yet saved. */
    unsaved,
  };
}
