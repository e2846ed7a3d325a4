// The pure rules of automatic backups: which backups rotation removes, and when a daily or a monthly
// one is due. Days and months are the person's own (local time); file names carry UTC.
import { BACKUP_KEEP, type BackupKind } from '../../../shared/backup/schema';

export interface BackupFacts {
  id: string;
  kind: BackupKind;
  createdAt: string;
  verified: boolean;
}

const newestFirst = (a: BackupFacts, b: BackupFacts) =>
  b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);

/**
 * The backups to delete: of each kind, the good ones beyond its `keep` (oldest first to go), and
 * likewise the ones that failed verification (kept for a while to be looked at, never counted as
 * good). The newest good backup of all is never deleted, whatever the numbers say.
 */
export function toRemove(backups: BackupFacts[], keep: Record<BackupKind, number> = BACKUP_KEEP): string[] {
  const sorted = [...backups].sort(newestFirst);
  const newestGood = sorted.find((b) => b.verified)?.id;
  const seen = new Map<string, number>();
  const removed: string[] = [];
  for (const backup of sorted) {
    const group = `${backup.kind}:${backup.verified}`;
    const n = (seen.get(group) ?? 0) + 1;
    seen.set(group, n);
    if (n > Math.max(keep[backup.kind] ?? 0, 1) && backup.id !== newestGood) removed.push(backup.id);
  }
  return removed;
}

/** The person's calendar day of a moment, e.g. "2026-06-01" (local time). */
export function localDay(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

export const localMonth = (at: Date): string => localDay(at).slice(0, 7);

function hasGood(backups: BackupFacts[], kind: BackupKind, same: (at: Date) => boolean): boolean {
  return backups.some((b) => b.kind === kind && b.verified && same(new Date(b.createdAt)));
}

/** A daily backup is due when no good one was made on this calendar day. */
export function dailyDue(backups: BackupFacts[], now: Date): boolean {
  return !hasGood(backups, 'daily', (at) => localDay(at) === localDay(now));
}

/** The first good backup of a calendar month is also kept as that month's. */
export function monthlyDue(backups: BackupFacts[], now: Date): boolean {
  return !hasGood(backups, 'monthly', (at) => localMonth(at) === localMonth(now));
}
