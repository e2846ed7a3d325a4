// Search as you type without flooding the core: the first keystroke after a pause is sent at once
// (so a pasted or quickly typed word shows rows immediately); keystrokes that follow within
// DEBOUNCE_MS are merged and sent DEBOUNCE_MS after the last one.
import { useEffect, useRef, useState } from 'react';

export const DEBOUNCE_MS = 150;

export function useSearchInput(committed: string, commit: (value: string) => void) {
  const [text, setText] = useState(committed);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastSent = useRef(0);
  const pending = useRef<string | null>(null);

  // Back/forward or a link changed the URL: show that search, drop anything still waiting.
  useEffect(() => {
    if (pending.current === null) setText(committed);
  }, [committed]);

  useEffect(() => () => clearTimeout(timer.current ?? undefined), []);

  const send = (value: string) => {
    pending.current = null;
    lastSent.current = Date.now();
    commit(value);
  };

  const onChange = (value: string) => {
    setText(value);
    if (timer.current) clearTimeout(timer.current);
    if (Date.now() - lastSent.current >= DEBOUNCE_MS && pending.current === null) {
      send(value);
      return;
    }
    pending.current = value;
    timer.current = setTimeout(() => send(value), DEBOUNCE_MS);
  };

  return { text, onChange };
}
