// The state of the new / edit entry dialog on the app's form kit: the values and what they started
// from, the files waiting to be attached, the save (useSave: the entry first, then each file), the
// unsaved-changes guard with its draft (the text fields and the names of the files, which cannot be
// kept in a draft and are asked for again), and someone else's save shown beside the person's edits.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../shared/fiscal-year';
import type { Problems } from '../../../../shared/forms/problems';
import type { Entry, EntryData, EntryKind } from '../../../../shared/progress/schema';
import type { Warning } from '../../../../shared/result';
import { api } from '../../api/client';
import { notifySaved } from '../../i18n/notify';
import { useUnsavedGuard } from '../../ui/guard/useUnsavedGuard';
import { useSave } from '../../ui/save/useSave';
import { progressKeys, useEvaluationSettings, useInvalidateProgress } from '../queries';
import { progressErrorText } from '../text';
import { entryMessages, withoutAnswered } from './entryProblems';
import { type EntryValues, missing, newValues, type Prefill, toEntryData, valuesOf } from './entryValues';
import { usePendingFiles } from './usePendingFiles';

export type { PendingFile } from './usePendingFiles';

export type EntryTarget =
  | { mode: 'create'; traineeId: number; kind: EntryKind; prefill?: Prefill }
  | { mode: 'edit'; entry: Entry };

/** What the draft keeps: the values, and the names of the files to attach again. */
export type EntryDraft = EntryValues & { files?: string[] };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export const traineeOf = (target: EntryTarget) => (target.mode === 'edit' ? target.entry.traineeId : target.traineeId);

interface Options {
  /** The dialog is open. */
  active: boolean;
  onDone: (entry: Entry, warnings: Warning[]) => void;
  /** A restored draft of another kind turns the dialog into that kind. */
  onKind?: (kind: EntryKind) => void;
}

export function useEntryForm(target: EntryTarget, { active, onDone, onKind }: Options) {
  const { t } = useTranslation();
  const invalidate = useInvalidateProgress();
  const settings = useEvaluationSettings();
  const traineeId = traineeOf(target);
  // After the entry is saved but a file was refused, the dialog stays open on the saved entry.
  const [saved, setSaved] = useState<Entry | null>(target.mode === 'edit' ? target.entry : null);
  // The entry as someone else saved it, after a stale answer.
  const [current, setCurrent] = useState<Entry | null>(null);
  const [base, setBase] = useState<EntryValues>(() =>
    target.mode === 'edit' ? valuesOf(target.entry) : newValues(target.kind, todayIso(), target.prefill),
  );
  const [values, setValues] = useState<EntryValues>(base);
  const [clientProblems, setClientProblems] = useState<Problems>({});
  const [fileError, setFileError] = useState<string | null>(null);
  const [reattach, setReattach] = useState<string[]>([]);
  const rated = useRef<number[]>([]);
  // The list of problems at the top: it takes focus after a failed save (and so comes into view).
  const summaryRef = useRef<HTMLDivElement>(null);
  const showProblems = () =>
    requestAnimationFrame(() => {
      if (summaryRef.current?.textContent) summaryRef.current.focus();
    });
  const pending = usePendingFiles(saved?.attachments.length ?? 0);

  // Active criteria in their order, plus any the entry rated that were deactivated since.
  const ratedIds = new Set(Object.keys(values.ratings).map(Number));
  const criteria = [...(settings.data?.criteria ?? [])]
    .filter((c) => c.active || ratedIds.has(c.id))
    .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);

  const guard = useUnsavedGuard<EntryDraft>({
    draft: { form: 'progress-entry', key: saved ? String(saved.id) : `${traineeId}:new` },
    values: { ...values, files: pending.files.map((f) => f.file.name) },
    dirty: !same(values, base) || pending.files.length > 0,
    active,
    baseVersion: saved?.version ?? null,
    onSave: () => void submit(),
  });

  const saver = useSave({
    send: (data: EntryData) =>
      saved
        ? api().call('progress.update', { id: saved.id, version: saved.version, data })
        : api().call('progress.create', { traineeId, data }),
    // With files to send, the lists are refreshed once, after the files (below).
    invalidates: () => (pending.files.length > 0 ? [] : [progressKeys.all, ['attention'], ['audit']]),
    reload: async () => {
      if (saved) setCurrent(await api().call('progress.get', { id: saved.id }));
    },
    onSaved: async (answer) => {
      setSaved(answer.entry);
      setBase(values);
      if (pending.files.length === 0) return onDone(answer.entry, answer.warnings);
      const allAttached = await pending.upload(answer.entry.id);
      await invalidate();
      if (allAttached) return onDone(answer.entry, answer.warnings);
      notifySaved(t('progress.savedFilesLeft'));
      setFileError(t('progress.form.filesRefused'));
    },
    guard,
  });

  const set = (patch: Partial<EntryValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    // A changed field's message no longer applies.
    const fields = Object.keys(patch);
    saver.setProblems((p) => withoutAnswered(p, fields));
    setClientProblems((p) => withoutAnswered(p, fields));
    setFileError(null);
  };

  /** A value the form fills in itself (the first month to report on) is not the person's change. */
  const preset = (patch: Partial<EntryValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    setBase((b) => ({ ...b, ...patch }));
  };

  const submit = async () => {
    const found: Problems = Object.fromEntries(Object.entries(missing(values)).map(([k, code]) => [k, { code }]));
    setClientProblems(found);
    if (Object.keys(found).length > 0) {
      showProblems();
      return false;
    }
    if (pending.files.some((f) => f.problem)) {
      setFileError(t('progress.form.fixFiles'));
      return false;
    }
    const { data, rated: order } = toEntryData(
      values,
      criteria.map((c) => c.id),
    );
    rated.current = order;
    const ok = await saver.save(data);
    if (!ok) showProblems();
    return ok;
  };

  const restore = (draft: EntryDraft) => {
    const { files = [], ...restored } = draft;
    setValues({ ...base, ...restored });
    setReattach(files);
    guard.restored(draft);
    if (restored.kind !== values.kind) onKind?.(restored.kind);
  };

  /** Someone else saved first: the person keeps their edits over the saved entry, or takes it. */
  const resolveStale = (keepMine: (saved: EntryValues) => EntryValues) => {
    if (!current) return;
    const now = valuesOf(current);
    setValues(keepMine(now));
    setBase(now);
    setSaved(current);
    setCurrent(null);
    saver.resolveStale();
  };

  const messages = entryMessages(t, { ...saver.problems, ...clientProblems }, rated.current);
  const failure =
    messages.rest.length > 0
      ? messages.rest.join(' ')
      : saver.error && Object.keys(saver.problems).length === 0
        ? progressErrorText(t, saver.error)
        : null;

  return {
    editing: saved !== null,
    saved,
    values,
    base,
    set,
    preset,
    criteria,
    scale: settings.data?.scale ?? [],
    settingsPending: settings.isPending,
    files: pending.files,
    addFiles: (chosen: File[]) => {
      pending.add(chosen);
      setReattach((names) => names.filter((n) => !chosen.some((f) => f.name === n)));
    },
    dropFile: pending.drop,
    reattach,
    dismissReattach: () => setReattach([]),
    fieldErrors: messages.fields,
    summary: messages.summary,
    summaryRef,
    failure,
    fileError,
    stale: saver.stale && current !== null,
    current,
    resolveStale,
    saving: saver.saving,
    submit,
    guard,
    restore,
  };
}

export type EntryForm = ReturnType<typeof useEntryForm>;
