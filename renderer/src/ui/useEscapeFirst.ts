// Esc for the dialog on top, heard before anything else. React events bubble through portals to the
// dialogs beneath (a question over a form dialog is, in React's tree, inside it), and a focus trap
// may hold focus elsewhere; so the top dialog listens at the window, in the capture phase, and stops
// the key there: the dialog beneath never takes the same Esc as its own "close".
import { useEffect, useRef } from 'react';

export function useEscapeFirst(active: boolean, onEscape: () => void): void {
  const handler = useRef(onEscape);
  handler.current = onEscape;
  useEffect(() => {
    if (!active) return;
    const listener = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      handler.current();
    };
    window.addEventListener('keydown', listener, true);
    return () => window.removeEventListener('keydown', listener, true);
  }, [active]);
}
