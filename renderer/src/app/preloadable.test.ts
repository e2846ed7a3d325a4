// Screens loaded ahead of their first visit: each module once, a few per idle moment, and the round
// ends at a module that fails (the server is gone), leaving the visit to ask again.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

const Page = () => null;

describe('screens loaded ahead', () => {
  let idle: (() => void)[];
  beforeEach(() => {
    idle = [];
    vi.stubGlobal('requestIdleCallback', (task: () => void) => idle.push(task));
    // A fresh list of screens for each test.
    vi.resetModules();
  });
  afterEach(() => vi.unstubAllGlobals());

  /** Runs the idle callbacks one at a time, letting the modules' promises settle in between. */
  async function runIdle(): Promise<number> {
    let moments = 0;
    while (idle.length > 0) {
      (idle.shift() as () => void)();
      moments++;
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return moments;
  }

  const screen = () => vi.fn(async () => Page);

  test('each screen once, six per idle moment, none before the first idle moment', async () => {
    const { lazyScreen, preloadScreens } = await import('./preloadable');
    const factories = Array.from({ length: 8 }, screen);
    for (const factory of factories) lazyScreen(factory);
    preloadScreens();
    expect(factories[0]).not.toHaveBeenCalled();
    expect(await runIdle()).toBe(2);
    for (const factory of factories) expect(factory).toHaveBeenCalledTimes(1);
    // Loaded already: another round asks for nothing more.
    preloadScreens();
    await runIdle();
    for (const factory of factories) expect(factory).toHaveBeenCalledTimes(1);
  });

  test('a module that fails ends the round: the modules after its batch are left for their visits', async () => {
    const { lazyScreen, preloadScreens } = await import('./preloadable');
    const broken = vi.fn(async (): Promise<typeof Page> => {
      throw new Error('offline');
    });
    const sameBatch = Array.from({ length: 5 }, screen);
    const later = screen();
    lazyScreen(broken);
    for (const factory of sameBatch) lazyScreen(factory);
    lazyScreen(later);
    preloadScreens();
    await runIdle();
    expect(broken).toHaveBeenCalledTimes(1);
    for (const factory of sameBatch) expect(factory).toHaveBeenCalledTimes(1);
    expect(later).not.toHaveBeenCalled();
  });

  test('a module that failed while loaded ahead is asked again on the visit', async () => {
    const { preloadable } = await import('./preloadable');
    let fail = true;
    const factory = vi.fn(async () => {
      if (fail) throw new Error('offline');
      return Page;
    });
    const ahead = preloadable(factory);
    await expect(ahead.load()).rejects.toThrow('offline');
    fail = false;
    await expect(ahead.load()).resolves.toEqual({ default: Page });
    expect(factory).toHaveBeenCalledTimes(2);
  });

  test('the visit and the preload share one load', async () => {
    const { preloadable } = await import('./preloadable');
    const factory = screen();
    const ahead = preloadable(factory);
    await Promise.all([ahead.load(), ahead.load()]);
    expect(factory).toHaveBeenCalledTimes(1);
  });
});
