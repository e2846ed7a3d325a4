// How tightly the lists are set: "comfortable" (two-line names, room around the rows) or "compact"
// (one line a row, less above the table), for people who work through long lists. One choice for
// every list, kept in this browser's storage: a way of working, not a setting of the office's data.
import { useLocalStorage } from '@mantine/hooks';

export type Density = 'comfortable' | 'compact';

const KEY = 'clair-desk.list-density';

export function useDensity(): [Density, (density: Density) => void] {
  const [density, setDensity] = useLocalStorage<Density>({
    key: KEY,
    defaultValue: 'comfortable',
    // Read before the first render, so a compact list never paints comfortable first.
    getInitialValueInEffect: false,
    serialize: (value) => value,
    // Anything else in storage (a hand edit) reads as the default.
    deserialize: (value) => (value === 'compact' ? 'compact' : 'comfortable'),
  });
  return [density, setDensity];
}

/** The height a compact list page saves above its table (ListPage: no intro line, smaller gaps). */
export const COMPACT_ROOM = 40;
