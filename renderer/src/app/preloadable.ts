// A lazily loaded screen that can be loaded ahead of its first render. React.lazy suspends on its first
// render even when the code is already there, and React then holds the revealed content back for up
// to 300 ms (its Suspense throttle); a component whose module has loaded renders it directly instead.
import { type ComponentType, createElement, lazy } from 'react';

export interface Preloadable<P extends object> {
  Component: ComponentType<P>;
  /** Starts loading the module (once); the returned promise settles when it is there. */
  load(): Promise<unknown>;
}

export function preloadable<P extends object>(factory: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const load = () => {
    loading ??= factory().then(
      (component) => {
        loaded = component;
        return { default: component };
      },
      (error: unknown) => {
        // Not kept: a module that failed while loaded ahead is asked again on the visit.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  const Lazy = lazy(load);
  // biome-ignore lint/correctness/noComponentHookFactories: called once per screen at module level, like React.lazy.
  const Component = (props: P) => createElement(loaded ?? Lazy, props);
  return { Component, load };
}

const screens: Preloadable<object>[] = [];

/**
 * A screen inside the shell, loaded when first visited or by `preloadScreens`, whichever comes first:
 * a first visit then costs its data and its drawing, not its code as well.
 */
export function lazyScreen(factory: () => Promise<ComponentType<object>>): ComponentType<object> {
  const screen = preloadable(factory);
  screens.push(screen);
  return screen.Component;
}

/** As many modules at once as the browser opens connections to one server. */
const BATCH = 6;

/**
 * Loads every screen's code, a few modules per idle moment, so the page stays responsive meanwhile.
 * Called once the first screen has settled; a screen visited before its turn loads at once as usual.
 * A failed module ends the round: the app's server is gone or restarting, and asking on would only
 * fill the console with refused requests (the visit asks again).
 */
export function preloadScreens(): void {
  const queue = [...screens];
  const next = () => {
    const batch = queue.splice(0, BATCH);
    if (batch.length === 0) return;
    requestIdleCallback(
      () =>
        void Promise.all(batch.map((screen) => screen.load())).then(next, () => {
          queue.length = 0;
        }),
      { timeout: 1_000 },
    );
  };
  next();
}
