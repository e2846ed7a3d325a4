// The state of the new / edit entry dialog: the values, the files waiting to be attached, the
// core's answers sorted onto the fields, and the save (the entry first, then each file).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../shared/fiscal-year';
import type { Entry, EntryKind } from '../../../../shared/progress/schema';
import type { Warning } from '../../../../shared/result';
import { api } from '../../api/client';
import { errorOf } from '../../i18n/messages';
import { notifySaved } from '../../i18n/notify';
import { fileProblem, mimeOf, readBase64 } from '../files';
import { useInvalidateProgress } from '../queries';
import { issuesByField, progressErrorText, progressIssueText } from '../text';
import { type EntryValues, missing, newValues, type Prefill, toEntryData, valuesOf } from './entryValues';

export type EntryTarget =
  | { mode: 'create'; traineeId: number; kind: EntryKind; prefill?: Prefill }
  | { mode: 'edit'; entry: Entry };

export interface PendingFile {
  key: string;
  file: File;
  /** Why it was not attached (in words), if the core or the check here refused it. */
  problem: string | null;
}

let fileKeys = 0;

export function useEntryForm(target: EntryTarget, onDone: (entry: Entry, warnings: Warning[]) => void) {
  const { t } = useTranslation();
  const invalidate = useInvalidateProgress();
  // After the entry is saved but a file was refused, the dialog stays open on the saved entry.
  const [saved, setSaved] = useState<Entry | null>(target.mode === 'edit' ? target.entry : null);
  const [values, setValues] = useState<EntryValues>(() =>
    target.mode === 'edit' ? valuesOf(target.entry) : newValues(target.kind, todayIso(), target.prefill),
  );
  const [files, setFiles] = useState<PendingFile[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [saving, setSaving] = useState(false);

  const set = (patch: Partial<EntryValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    // A changed field's message no longer applies.
    setFieldErrors((e) => {
      const next = { ...e };
      for (const k of Object.keys(patch)) {
        delete next[k];
        if (k === 'month') {
          delete next.placementMonth;
          delete next.placementId;
        }
        if (k === 'stage') delete next.evaluationStage;
        if (k === 'role') delete next.evaluatorRole;
      }
      return next;
    });
    setFormError(null);
  };

  const attached = (saved?.attachments.length ?? 0) + files.length;
  const addFiles = (chosen: File[]) => {
    let count = attached;
    const next = chosen.map((file) => {
      const problem = fileProblem(file, count);
      if (!problem) count += 1;
      return {
        key: `f${++fileKeys}`,
        file,
        problem: problem ? progressIssueText(t, { path: 'file', code: problem, params: { name: file.name } }) : null,
      };
    });
    setFiles((f) => [...f, ...next]);
  };
  const dropFile = (key: string) => setFiles((f) => f.filter((x) => x.key !== key));

  /** Sends each waiting file; those refused stay in the list with the reason. */
  const upload = async (entryId: number) => {
    const left: PendingFile[] = [];
    for (const pending of files) {
      if (pending.problem) {
        left.push(pending);
        continue;
      }
      try {
        await api().call('progress.attachments.add', {
          entryId,
          fileName: pending.file.name,
          mime: mimeOf(pending.file.name) ?? pending.file.type,
          data: await readBase64(pending.file),
        });
      } catch (error) {
        left.push({ ...pending, problem: progressErrorText(t, error) });
      }
    }
    setFiles(left);
    return left.length === 0;
  };

  const save = async (criterionOrder: number[]) => {
    const found = missing(values);
    if (Object.keys(found).length > 0) {
      setFieldErrors(
        Object.fromEntries(Object.entries(found).map(([path, code]) => [path, progressIssueText(t, { path, code })])),
      );
      return;
    }
    if (files.some((f) => f.problem)) {
      setFormError(t('progress.form.fixFiles'));
      return;
    }
    setSaving(true);
    const { data, rated } = toEntryData(values, criterionOrder);
    try {
      const answer = saved
        ? await api().call('progress.update', { id: saved.id, version: saved.version, data })
        : await api().call('progress.create', {
            traineeId: target.mode === 'create' ? target.traineeId : 0,
            data,
          });
      setSaved(answer.entry);
      const allAttached = await upload(answer.entry.id);
      await invalidate();
      if (allAttached) onDone(answer.entry, answer.warnings);
      else {
        notifySaved(t('progress.savedFilesLeft'));
        setFormError(t('progress.form.filesRefused'));
      }
    } catch (error) {
      const e = errorOf(error);
      if (e.code === 'stale') setStale(true);
      const byField = issuesByField(t, error);
      // Ratings come back as ratings.<index>.<field>, index into what was sent: show them on their row.
      const mapped: Record<string, string> = {};
      const rest: string[] = [];
      for (const [path, text] of Object.entries(byField)) {
        const rating = /^ratings\.(\d+)\.(\w+)$/.exec(path);
        const criterion = rating ? rated[Number(rating[1])] : undefined;
        if (criterion !== undefined && rating) mapped[`rating.${criterion}.${rating[2]}`] = text;
        else if (FIELDS.has(path)) mapped[path] = text;
        else rest.push(text);
      }
      setFieldErrors(mapped);
      setFormError(
        rest.length > 0 ? rest.join(' ') : Object.keys(mapped).length === 0 ? progressErrorText(t, error) : null,
      );
    } finally {
      setSaving(false);
    }
  };

  return {
    editing: target.mode === 'edit' || saved !== null,
    saved,
    values,
    set,
    files,
    addFiles,
    dropFile,
    attached,
    fieldErrors,
    formError,
    stale,
    saving,
    save,
  };
}

/** The fields that show their own message; anything else is said above the buttons. */
const FIELDS = new Set([
  'date',
  'author',
  'title',
  'body',
  'placementId',
  'placementMonth',
  'evaluationStage',
  'evaluatorRole',
  'kind',
  'ratings',
]);

export type EntryForm = ReturnType<typeof useEntryForm>;
