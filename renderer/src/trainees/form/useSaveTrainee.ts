// Sending the form to the core and sorting out the answer: saved, warnings to confirm, someone else
// saved first (stale), or problems the core found (duplicate passport, unknown reference).
import { useState } from 'react';
import type { Warning } from '../../../../shared/result';
import { type Trainee, TraineeInput } from '../../../../shared/trainees/schema';
import { api } from '../../api/client';
import { errorOf } from '../../i18n/messages';
import { notifyError } from '../../i18n/notify';
import { useInvalidateTrainees } from '../queries';
import { type FieldName, type FieldProblem, type FormValues, inputOf } from './formValues';

interface Options {
  existing: Trainee | null;
  onSaved: (trainee: Trainee) => void;
  onServerProblems: (problems: Partial<Record<FieldName, FieldProblem>>) => void;
}

export function useSaveTrainee({ existing, onSaved, onServerProblems }: Options) {
  const [saving, setSaving] = useState(false);
  const [warnings, setWarnings] = useState<Warning[] | null>(null);
  const [stale, setStale] = useState(false);
  const invalidate = useInvalidateTrainees();

  const save = async (values: FormValues, confirm = false) => {
    const parsed = TraineeInput.safeParse(inputOf(values));
    if (!parsed.success) return; // the form shows these problems itself
    setSaving(true);
    try {
      const result = existing
        ? await api().call('trainees.update', {
            id: existing.id,
            version: existing.version,
            data: parsed.data,
            confirm,
          })
        : await api().call('trainees.create', { data: parsed.data, confirm });
      setWarnings(null);
      await invalidate();
      onSaved(result.trainee);
    } catch (error) {
      const e = errorOf(error);
      if (e.code === 'needs_confirmation' && e.warnings?.length) setWarnings(e.warnings);
      else if (e.code === 'stale') setStale(true);
      else {
        setWarnings(null);
        if (e.issues?.length) {
          const problems: Partial<Record<FieldName, FieldProblem>> = {};
          for (const issue of e.issues) {
            // Paths come as "data.passportNumber" (schema) or "passportNumber" (core checks).
            const name = issue.path.replace(/^data\./, '') as FieldName;
            problems[name] ??= { code: issue.code, params: issue.params };
          }
          onServerProblems(problems);
        }
        notifyError(error);
      }
    } finally {
      setSaving(false);
    }
  };

  return { save, saving, warnings, dismissWarnings: () => setWarnings(null), stale };
}
