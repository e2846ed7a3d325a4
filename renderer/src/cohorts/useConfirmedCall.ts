// A call the core may answer with warnings (needs_confirmation): they are shown, and the same call is
// sent again with confirm: true only when the person agrees. Other failures are kept for the form;
// after "someone else changed it" (stale) the latest version is fetched, so trying again can work.
import { useRef, useState } from 'react';
import type { Warning } from '../../../shared/result';
import { errorOf } from '../i18n/messages';
import { useInvalidateCohorts } from './queries';

type Send<T> = (confirm: boolean) => Promise<T>;

export function useConfirmedCall<T>(onDone: (value: T) => void | Promise<void>) {
  const [warnings, setWarnings] = useState<Warning[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const last = useRef<Send<T> | null>(null);
  const invalidate = useInvalidateCohorts();

  const attempt = async (send: Send<T>, confirm: boolean) => {
    last.current = send;
    setBusy(true);
    setError(null);
    try {
      const value = await send(confirm);
      setWarnings(null);
      await onDone(value);
    } catch (caught) {
      const e = errorOf(caught);
      if (e.code === 'needs_confirmation' && e.warnings?.length) setWarnings(e.warnings);
      else {
        setWarnings(null);
        setError(caught);
        if (e.code === 'stale') await invalidate();
      }
    } finally {
      setBusy(false);
    }
  };

  return {
    run: (send: Send<T>) => attempt(send, false),
    confirm: () => (last.current ? attempt(last.current, true) : Promise.resolve()),
    dismiss: () => setWarnings(null),
    reset: () => {
      setWarnings(null);
      setError(null);
    },
    warnings,
    busy,
    error,
  };
}
