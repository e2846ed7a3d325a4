// Every form and dialog that holds typed work registers here while it is open, so the one navigation
// blocker (UnsavedChangesBlocker), the window's beforeunload and Ctrl+S can ask them all.
export interface Guard {
  /** True while the person has typed something not yet saved. */
  isDirty(): boolean;
  /** The person chose to discard: forget the draft, let the form go. */
  discard(): void;
  /** Ctrl+S: save the form, when it has a save action. */
  save?: () => void;
}

const guards: Guard[] = [];

export function register(guard: Guard): () => void {
  guards.push(guard);
  return () => {
    const i = guards.indexOf(guard);
    if (i >= 0) guards.splice(i, 1);
  };
}

export const anyDirty = () => guards.some((g) => g.isDirty());

export function discardAll(): void {
  for (const g of [...guards]) if (g.isDirty()) g.discard();
}

/**
 * The innermost open form with a save action: a dialog opened over a page form gets Ctrl+S. Where one
 * screen holds several forms (Settings), the innermost one with typed work comes first.
 */
export function topSave(): (() => void) | null {
  const saving = guards.filter((g) => g.save);
  const chosen = saving.findLast((g) => g.isDirty()) ?? saving.at(-1);
  return chosen?.save ?? null;
}
