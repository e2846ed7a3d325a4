// The typed values of a cohort dialog (a cohort, a session), kept in state rather than @mantine/form:
// what was typed, what the edits started from and the version they apply to. Shaped like a form where
// the kit takes one (FormDraftOffer); someone else's save is settled here (StaleValues).
import { useState } from 'react';
import { keepMine, StaleChanges, staleRows } from '../ui/forms/StaleChanges';

export interface DialogValues<V> {
  values: V;
  setValues: (values: V) => void;
  base: V;
  version: number;
  isDirty: () => boolean;
  /** After a stale answer: the values shown, the saved ones the edits now start from, and their version. */
  settle: (values: V, saved: V, version: number) => void;
}

export function useDialogValues<V>(initial: () => V, version: number): DialogValues<V> {
  const [values, setValues] = useState<V>(initial);
  // Both move on only when the person settles someone else's save.
  const [base, setBase] = useState<V>(values);
  const [baseVersion, setBaseVersion] = useState(version);
  return {
    values,
    setValues,
    base,
    version: baseVersion,
    isDirty: () => JSON.stringify(values) !== JSON.stringify(base),
    settle: (next, saved, savedVersion) => {
      setValues(next);
      setBase(saved);
      setBaseVersion(savedVersion);
    },
  };
}

interface StaleProps<V> {
  form: DialogValues<V>;
  /** The record's values and version as saved now. */
  saved: V;
  version: number;
  label: (field: string) => string;
  onSettled: () => void;
}

/** Someone else saved first: their values beside the person's, to keep the person's edits or take theirs. */
export function StaleValues<V extends Record<string, unknown>>({
  form,
  saved,
  version,
  label,
  onSettled,
}: StaleProps<V>) {
  const edits = { mine: form.values, base: form.base, saved };
  const settle = (next: V) => {
    form.settle(next, saved, version);
    onSettled();
  };
  return (
    <StaleChanges
      rows={staleRows(edits, label)}
      onKeepMine={() => settle(keepMine(edits))}
      onTakeSaved={() => settle(saved)}
    />
  );
}
