// The one save protocol every form and dialog uses, on TanStack Query's useMutation. The core answers
// a save in one of four ways, and each is handled here once:
// - saved: the caller's query keys are invalidated, the form's draft dropped, onSaved called;
// - warnings (needs_confirmation): kept for the warnings dialog; confirm() sends again with confirm: true
//   (and the person's reason, where the channel records one);
// - stale (someone else saved first): the record is reloaded, so the form can show the person's edits
//   beside the saved ones and let them choose;
// - problems: the core's issues mapped onto the form's fields (shared/forms/problems), and any other
//   failure kept as `error` for the form to show at its top.
import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { type RefObject, useRef, useState } from 'react';
import { issueProblems, type Problems } from '../../../../shared/forms/problems';
import type { Warning } from '../../../../shared/result';
import { errorOf } from '../../i18n/messages';

export interface Confirmation {
  confirm: boolean;
  reason?: string;
}

export interface SaveOptions<I, O> {
  send: (input: I, confirmation: Confirmation) => Promise<O>;
  /** The queries this save changes, named by the caller. */
  invalidates: (output: O, input: I) => QueryKey[];
  /** Input paths that are lists shown as one input (a multi-select): their items' problems land on it. */
  lists?: readonly string[];
  onSaved?: (output: O, input: I) => void | Promise<void>;
  /** After "someone else saved first": fetch the record as it is now. */
  reload?: () => Promise<unknown>;
  /** The form's unsaved-changes guard: a successful save leaves the form clean and drops its draft. */
  guard?: { saved: () => void };
  /** The form's problem summary: focused and shown when the core refuses, so the person starts there. */
  summary?: RefObject<HTMLElement | null>;
}

/** Focus on the summary, in view (after the render that filled it). */
function showSummary(summary: HTMLElement | null): void {
  if (!summary?.textContent) return;
  summary.focus({ preventScroll: true });
  summary.scrollIntoView({ block: 'center' });
}

interface Attempt<I> {
  input: I;
  confirmation: Confirmation;
}

export function useSave<I, O>(options: SaveOptions<I, O>) {
  const queryClient = useQueryClient();
  const latest = useRef(options);
  latest.current = options;
  const last = useRef<I | null>(null);
  const [warnings, setWarnings] = useState<Warning[] | null>(null);
  const [problems, setProblems] = useState<Problems>({});
  const [error, setError] = useState<unknown>(null);
  const [stale, setStale] = useState(false);

  const mutation = useMutation({
    mutationFn: ({ input, confirmation }: Attempt<I>) => latest.current.send(input, confirmation),
    onSuccess: async (output, { input }) => {
      const o = latest.current;
      setWarnings(null);
      setProblems({});
      setError(null);
      setStale(false);
      o.guard?.saved();
      await Promise.all(o.invalidates(output, input).map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      await o.onSaved?.(output, input);
    },
    onError: async (caught) => {
      const e = errorOf(caught);
      if (e.code === 'needs_confirmation' && e.warnings?.length) {
        setWarnings(e.warnings);
        return;
      }
      setWarnings(null);
      if (e.code === 'stale') {
        await latest.current.reload?.();
        setStale(true);
        return;
      }
      setProblems(issueProblems(e.issues ?? [], latest.current.lists));
      setError(caught);
      const summary = latest.current.summary;
      if (summary) requestAnimationFrame(() => showSummary(summary.current));
    },
  });

  const attempt = (input: I, confirmation: Confirmation) => {
    last.current = input;
    setError(null);
    return mutation.mutateAsync({ input, confirmation }).then(
      () => true,
      () => false,
    );
  };

  return {
    /** Sends the input; resolves true when it was saved. */
    save: (input: I) => attempt(input, { confirm: false }),
    /** The person accepted the warnings (with a reason, where asked): the same input again, confirmed. */
    confirm: (reason?: string) =>
      last.current === null ? Promise.resolve(false) : attempt(last.current, { confirm: true, reason }),
    dismissWarnings: () => setWarnings(null),
    saving: mutation.isPending,
    warnings,
    /** The core's answer per field, until that field changes (see withoutChanged). */
    problems,
    setProblems,
    /** A failure that is not about one field: shown at the top of the form. */
    error,
    stale,
    /** The person chose after a stale answer (kept their edits or took the saved record). */
    resolveStale: () => setStale(false),
    reset: () => {
      setWarnings(null);
      setProblems({});
      setError(null);
      setStale(false);
    },
  };
}

export type Saver = ReturnType<typeof useSave>;
