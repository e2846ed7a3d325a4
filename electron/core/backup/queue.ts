// One backup or restore at a time per core: they share its connection, and a restore closes it.
import type { Context } from '../context';

const queues = new WeakMap<Context, Promise<unknown>>();

/** Runs `task` after every backup or restore already started on this core. */
export function serialized<T>(ctx: Context, task: () => Promise<T>): Promise<T> {
  const run = (queues.get(ctx) ?? Promise.resolve()).then(task, task);
  queues.set(
    ctx,
    run.catch(() => undefined),
  );
  return run;
}

/** Resolves when no backup or restore is running on this core. */
export function settled(ctx: Context): Promise<unknown> {
  return queues.get(ctx) ?? Promise.resolve();
}
