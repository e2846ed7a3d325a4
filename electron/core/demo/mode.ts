// Whether the demo sandbox stands in for the real data (demo/sandbox.ts). A leaf module, so the
// backups can ask it without importing the sandbox that uses them.
import { AppFailure } from '../../../shared/result';
import type { Context } from '../context';

export function inDemo(ctx: Pick<Context, 'sandbox'>): boolean {
  return ctx.sandbox !== null;
}

/** Refuses what must never happen to the demo's data (a backup of it, a restore into it). */
export function refuseInDemo(ctx: Pick<Context, 'sandbox'>, what: string): void {
  if (!inDemo(ctx)) return;
  throw new AppFailure({
    code: 'conflict',
    message: `${what} while the demo data is open. Go back to your data first.`,
    issues: [{ path: 'demo', code: 'in_demo' }],
  });
}
