// The command palette's place in the shell. Its code (Spotlight and the palette) loads once the first
// screen has settled, or at once when Ctrl/Cmd+K comes first: the first screen does not wait for a
// dialog nobody has opened yet.
import { type ComponentType, useEffect, useState } from 'react';
import type { NavEntry } from '../app/screens';
import { whenSettled } from '../app/settled';

type Palette = typeof import('./CommandPalette');

let loading: Promise<Palette> | null = null;
const load = () => {
  loading ??= import('./CommandPalette');
  return loading;
};
const mounts = new Set<() => void>();

/** Opens the palette (the shell's Ctrl/Cmd+K), loading it first if need be. */
export function openPalette(): void {
  for (const mount of mounts) mount();
  void load().then((palette) => palette.openPalette());
}

export function PaletteSlot({ nav }: { nav: readonly NavEntry[] }) {
  const [Palette, setPalette] = useState<ComponentType<{ nav: readonly NavEntry[] }> | null>(null);
  useEffect(() => {
    let live = true;
    const mount = () => {
      void load().then((palette) => live && setPalette(() => palette.CommandPalette));
    };
    mounts.add(mount);
    whenSettled(mount);
    return () => {
      live = false;
      mounts.delete(mount);
    };
  }, []);
  return Palette ? <Palette nav={nav} /> : null;
}
