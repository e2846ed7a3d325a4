// Search as you type without flooding the core. When the list is idle (no search waiting for its
// answer, none scheduled), a keystroke is sent at once, so a pasted word or a single edit shows rows
// immediately. Keystrokes that come while a search is still on its way are merged and sent
// DEBOUNCE_MS after the last one: fast typing costs one request per pause, never one per key.
// Every list's search box uses it.
import { useEffect, useRef, useState } from 'react';

export const DEBOUNCE_MS = 150;

/** `commit` may return a promise that settles when the answer is in; until then the list is busy. */
export function useSearchInput(committed: string, commit: (value: string) => Promise<unknown> | undefined) {
  const [text, setText] = useState(committed);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef(0);

  // Back/forward or a link changed the URL: show that search unless the person is mid-typing.
  useEffect(() => {
    if (timer.current === null) setText(committed);
  }, [committed]);

  useEffect(() => () => clearTimeout(timer.current ?? undefined), []);

  const send = (value: string) => {
    timer.current = null;
    const answer = commit(value);
    if (answer) {
      inFlight.current += 1;
      void answer.finally(() => {
        inFlight.current -= 1;
      });
    }
  };

  const onChange = (value: string) => {
    setText(value);
    if (timer.current === null && inFlight.current === 0) {
      send(value);
      return;
    }
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => send(value), DEBOUNCE_MS);
  };

  return { text, onChange };
}
