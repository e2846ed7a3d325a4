// The four attendance marks (and "no mark"): their keys on the keyboard and their look in the grid.
import type { AttendanceMark } from '../../../shared/cohorts/schema';

export type Mark = AttendanceMark | null;

/** Letters typed on a cell; Delete and Backspace remove the mark. */
export const MARK_KEYS: Record<string, AttendanceMark> = { p: 'present', l: 'late', e: 'excused', a: 'absent' };
export const KEY_OF: Record<AttendanceMark, string> = { present: 'P', late: 'L', excused: 'E', absent: 'A' };

/**
 * The mark a key press asks for: undefined when the key is not about marks. With a Japanese input
 * method on, letters arrive as "Process"; the physical key still says which letter was meant.
 */
export function markForKey(event: Pick<KeyboardEvent, 'key' | 'code'>): Mark | undefined {
  if (event.key === 'Delete' || event.key === 'Backspace') return null;
  const key = event.key === 'Process' ? event.code.replace(/^Key/, '') : event.key;
  if (key.length !== 1) return undefined;
  return MARK_KEYS[key.toLowerCase()];
}

export const MARK_ORDER: AttendanceMark[] = ['present', 'late', 'excused', 'absent'];
