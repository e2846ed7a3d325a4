// The automatic backups of a running core: the daily one (at start-up when today has none yet, and at
// the first change of a new day while running) and the one at quit. Each runs after the request that
// set it off, never inside it, and a failure is logged: the app goes on working.

import type { Context } from '../context';
import { listBackups } from './catalog';
import { serialized } from './queue';
import { dailyDue, localDay } from './rules';
import { writeBackup } from './write';

export interface AutoBackupOptions {
  /** How long after start-up the day's backup waits, so it does not compete with opening the window. */
  startDelayMs?: number;
  log?: (message: string) => void;
}

export class AutoBackups {
  private day = '';
  private changed = false;
  private stopped = false;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly log: (message: string) => void;

  constructor(
    private readonly ctx: Context,
    private readonly options: AutoBackupOptions = {},
  ) {
    this.log = options.log ?? ((message) => console.warn(`backup: ${message}`));
  }

  /** At start-up. A database created just now has nothing to keep, so it needs no daily backup today. */
  start(fresh: boolean): void {
    const now = this.ctx.backupClock();
    this.day = localDay(now);
    if (!fresh && dailyDue(listBackups(this.ctx.dataDir), now)) this.later(this.options.startDelayMs ?? 3000);
  }

  /** After each committed change: cheap, unless it is the first change of a new day. */
  noteChange(): void {
    this.changed = true;
    const today = localDay(this.ctx.backupClock());
    if (today === this.day) return;
    this.day = today;
    this.later(0);
  }

  private later(ms: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.daily();
    }, ms);
    timer.unref?.();
    this.timers.add(timer);
  }

  /** The day's backup, unless one was made meanwhile (a restart, a second trigger). */
  daily(): Promise<void> {
    return serialized(this.ctx, async () => {
      if (this.stopped || !dailyDue(listBackups(this.ctx.dataDir), this.ctx.backupClock())) return;
      const made = await writeBackup(this.ctx, 'daily', { log: this.log });
      if (!made.verified) this.log(`the daily backup ${made.id} failed verification (${made.problem})`);
    }).catch((error: unknown) => this.log(`the daily backup failed: ${(error as Error).message}`));
  }

  /** At quit, after any backup or restore under way: a backup when anything changed since start-up. */
  async quit(): Promise<void> {
    this.stop();
    await serialized(this.ctx, async () => {
      if (!this.changed) return;
      const made = await writeBackup(this.ctx, 'quit', { log: this.log });
      if (!made.verified) this.log(`the backup at quit ${made.id} failed verification (${made.problem})`);
    }).catch((error: unknown) => this.log(`the backup at quit failed: ${(error as Error).message}`));
  }

  /** No more automatic backups (the core is closing). */
  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
