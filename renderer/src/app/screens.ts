// What a feature adds to the app, declared beside it (<feature>/routes.tsx) and listed in App.tsx: its
// screens inside the shell, its print views outside it (one document each), and its entries in the
// side navigation. Pages that show several features' cards are registered the same way from
// app/routes/routes.tsx.
import type { TablerIcon } from '@tabler/icons-react';
import type { RouteObject } from 'react-router-dom';

export interface NavEntry {
  to: string;
  /** The i18n key of its label. */
  label: string;
  icon: TablerIcon;
  /** Its place in the side navigation, lowest first (the features are spaced by ten). */
  order: number;
  /** Whether it is highlighted on a path; without it, on `to` and every path under it. */
  match?: (path: string) => boolean;
}

export interface FeatureScreens {
  /** Screens inside the shell, with its navigation around them. */
  routes?: RouteObject[];
  /** Print views, outside the shell. */
  print?: RouteObject[];
  nav?: NavEntry[];
}

export function shellRoutes(features: readonly FeatureScreens[]): RouteObject[] {
  return features.flatMap((feature) => feature.routes ?? []);
}

export function printRoutes(features: readonly FeatureScreens[]): RouteObject[] {
  return features.flatMap((feature) => feature.print ?? []);
}

/** The side navigation: every feature's entries in their order. */
export function navigation(features: readonly FeatureScreens[]): NavEntry[] {
  return features.flatMap((feature) => feature.nav ?? []).sort((a, b) => a.order - b.order);
}

export function isActive(entry: NavEntry, path: string): boolean {
  return entry.match ? entry.match(path) : path.startsWith(entry.to);
}
