// Screens loaded ahead of their first visit: each module once, one per idle moment, and a failed one
// does not stop the rest.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { lazyScreen, preloadable, preloadScreens } from './preloadable';

const Page = () => null;

describe('a screen loaded ahead', () => {
  let idle: (() => void)[];
  beforeEach(() => {
    idle = [];
    vi.stubGlobal('requestIdleCallback', (task: () => void) => idle.push(task));
  });
  afterEach(() => vi.unstubAllGlobals());

  /** Runs the idle callbacks one at a time, letting each module's promise settle in between. */
  async function runIdle(): Promise<number> {
    let moments = 0;
    while (idle.length > 0) {
      (idle.shift() as () => void)();
      moments++;
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return moments;
  }

  test('loads each registered screen once, one per idle moment, in the order they were declared', async () => {
    const order: string[] = [];
    const factory = (name: string) =>
      vi.fn(async () => {
        order.push(name);
        return Page;
      });
    const first = factory('first');
    const second = factory('second');
    lazyScreen(first);
    lazyScreen(second);
    preloadScreens();
    expect(first).not.toHaveBeenCalled();
    const moments = await runIdle();
    expect(order.slice(-2)).toEqual(['first', 'second']);
    expect(moments).toBeGreaterThanOrEqual(2);
    // Loaded already: a second pass (or a visit) asks for nothing more.
    preloadScreens();
    await runIdle();
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
  });

  test('a module that fails to load does not stop the ones after it', async () => {
    const broken = vi.fn(async (): Promise<typeof Page> => {
      throw new Error('offline');
    });
    const after = vi.fn(async () => Page);
    lazyScreen(broken);
    lazyScreen(after);
    preloadScreens();
    await runIdle();
    expect(broken).toHaveBeenCalledTimes(1);
    expect(after).toHaveBeenCalledTimes(1);
  });

  test('a module that failed while loaded ahead is asked again on the visit', async () => {
    let fail = true;
    const factory = vi.fn(async () => {
      if (fail) throw new Error('offline');
      return Page;
    });
    const screen = preloadable(factory);
    await expect(screen.load()).rejects.toThrow('offline');
    fail = false;
    await expect(screen.load()).resolves.toEqual({ default: Page });
    expect(factory).toHaveBeenCalledTimes(2);
  });

  test('load() is shared: the visit and the preload fetch the module once', async () => {
    const factory = vi.fn(async () => Page);
    const screen = preloadable(factory);
    await Promise.all([screen.load(), screen.load()]);
    expect(factory).toHaveBeenCalledTimes(1);
  });
});
