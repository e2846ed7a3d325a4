// The rotation and the daily/monthly rules, case by case.
import { describe, expect, test } from 'vitest';
import { BACKUP_KEEP, type BackupKind } from '../../../shared/backup/schema';
import { type BackupFacts, dailyDue, localDay, monthlyDue, toRemove } from './rules';

/** A backup made `daysAgo` days before 1 June 2026, noon local time. */
function made(kind: BackupKind, daysAgo: number, verified = true): BackupFacts {
  const at = new Date(2026, 5, 1, 12);
  at.setDate(at.getDate() - daysAgo);
  return { id: `clair-desk-${kind}-${daysAgo}.sqlite`, kind, createdAt: at.toISOString(), verified };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('rotation', () => {
  test('keeps the newest of each kind up to its number; older ones go', () => {
    const dailies = range(16).map((d) => made('daily', d));
    expect(toRemove(dailies)).toEqual([made('daily', 14).id, made('daily', 15).id]);
    expect(BACKUP_KEEP.daily).toBe(14);
  });

  test('counts each kind on its own: many manual backups never push out a daily', () => {
    const backups = [...range(3).map((d) => made('daily', d + 30)), ...range(25).map((d) => made('manual', d))];
    const removed = toRemove(backups);
    expect(removed).toHaveLength(5);
    expect(removed.every((id) => id.includes('-manual-'))).toBe(true);
  });

  test('backups that failed verification are kept apart, never counted as good, and rotated too', () => {
    const good = range(5).map((d) => made('quit', d + 10));
    const bad = range(7).map((d) => made('quit', d, false));
    const removed = toRemove([...good, ...bad]);
    // 5 good quit backups are all kept although 7 newer failed ones exist; the 2 oldest failed go.
    expect(removed).toEqual([made('quit', 5, false).id, made('quit', 6, false).id]);
  });

  test('the newest good backup of all is never deleted, whatever the numbers', () => {
    const backups = [made('manual', 5), made('manual', 3), made('manual', 0, false)];
    expect(toRemove(backups, { ...BACKUP_KEEP, manual: 0 })).toEqual([made('manual', 5).id]);
  });

  test('nothing to remove within the numbers', () => {
    expect(toRemove([made('daily', 0), made('monthly', 0), made('pre_restore', 0)])).toEqual([]);
  });
});

describe('daily and monthly', () => {
  const now = new Date(2026, 5, 1, 9, 30);

  test('a daily is due when today has no good daily backup', () => {
    expect(dailyDue([], now)).toBe(true);
    expect(dailyDue([made('daily', 1)], now)).toBe(true);
    expect(dailyDue([made('daily', 0)], now)).toBe(false);
    // A failed one does not count, nor another kind.
    expect(dailyDue([made('daily', 0, false), made('manual', 0)], now)).toBe(true);
  });

  test('the day is the local calendar day, from its first minute', () => {
    expect(localDay(new Date(2026, 5, 1, 0, 0))).toBe('2026-06-01');
    expect(localDay(new Date(2026, 4, 31, 23, 59))).toBe('2026-05-31');
    const lastNight = { ...made('daily', 0), createdAt: new Date(2026, 4, 31, 23, 59).toISOString() };
    expect(dailyDue([lastNight], new Date(2026, 5, 1, 0, 1))).toBe(true);
  });

  test('a monthly is due when this calendar month has no good monthly backup', () => {
    expect(monthlyDue([], now)).toBe(true);
    expect(monthlyDue([made('monthly', 0)], now)).toBe(false);
    expect(monthlyDue([made('monthly', 1)], now)).toBe(true); // 31 May
    expect(monthlyDue([made('monthly', 0, false)], now)).toBe(true);
    expect(monthlyDue([made('monthly', 0)], new Date(2026, 5, 30, 23))).toBe(false);
  });
});
