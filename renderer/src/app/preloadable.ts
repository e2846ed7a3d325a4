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
    loading ??= factory().then((component) => {
      loaded = component;
      return { default: component };
    });
    return loading;
  };
  const Lazy = lazy(load);
  // biome-ignore lint/correctness/noComponentHookFactories: called once per screen at module level, like React.lazy.
  const Component = (props: P) => createElement(loaded ?? Lazy, props);
  return { Component, load };
}
