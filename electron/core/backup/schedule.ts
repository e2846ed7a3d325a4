// The automatic backups of a running core: the daily one (at start-up when today has none yet, and at
// the first change of a new day while running) and the one at quit. Each runs after the request that
// set it off, never inside it. A failure is logged and recorded (failures.ts), so the screens show it
// until a good backup exists; the app goes on working.

import type { Context } from '../context';
import { inDemo } from '../demo/mode';
import { listBackups } from './catalog';
import { recordError, recordFailure, reserveFailureRecord } from './failures';
import { notVerified } from './finish';
import { backupsDir } from './paths';
import { serialized } from './queue';
import { dailyDue, localDay } from './rules';
import { writeBackup } from './write';

export interface AutoBackupOptions {
  /** How long after start-up the day's backup waits, so it does not compete with opening the window. */
  startDelayMs?: number;
  log?: (message: string) => void;
}

/** How long a daily backup due while the demo is open waits before it looks again. */
const DEMO_RETRY_MS = 60_000;

const KIND_TEXT = { daily: 'daily backup', quit: 'backup at quit' } as const;

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
    reserveFailureRecord(this.ctx.dataDir);
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
      if (this.stopped) return;
      // The demo stands in for the real data: try again later, the day's backup is of the real data.
      if (inDemo(this.ctx)) return this.later(DEMO_RETRY_MS);
      if (!dailyDue(listBackups(this.ctx.dataDir), this.ctx.backupClock())) return;
      await this.write('daily');
    }).catch((error: unknown) => this.failed('daily', error));
  }

  /** At quit, after any backup or restore under way: a backup when anything changed since start-up. */
  async quit(): Promise<void> {
    this.stop();
    await serialized(this.ctx, async () => {
      if (this.changed) await this.write('quit');
    }).catch((error: unknown) => this.failed('quit', error));
  }

  private async write(kind: 'daily' | 'quit'): Promise<void> {
    const made = await writeBackup(this.ctx, kind, { log: this.log });
    if (made.verified) return;
    this.log(`the ${KIND_TEXT[kind]} ${made.id} failed verification (${made.problem})`);
    recordFailure(this.ctx.dataDir, kind, this.ctx.backupClock(), notVerified(made, backupsDir(this.ctx.dataDir)));
  }

  private failed(kind: 'daily' | 'quit', error: unknown): void {
    this.log(`the ${KIND_TEXT[kind]} failed: ${(error as Error).message}`);
    recordError(this.ctx.dataDir, kind, this.ctx.backupClock(), error, backupsDir(this.ctx.dataDir));
  }

  /** No more automatic backups (the core is closing). */
  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
