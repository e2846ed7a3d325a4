// The side navigation built from the features' entries: its order, labels and icons, and which entry
// is highlighted where (as they were when the list lived in the shell).
import {
  IconAlertTriangle,
  IconBuildingCommunity,
  IconCalendarEvent,
  IconChartBar,
  IconDatabase,
  IconFileImport,
  IconHistory,
  IconHome,
  IconPlaneDeparture,
  IconSettings,
  IconTimeline,
  IconUserStar,
  IconUsers,
  IconWorld,
} from '@tabler/icons-react';
import { describe, expect, test } from 'vitest';
import { auditScreens } from '../audit/routes';
import { backupScreens } from '../backup/routes';
import { cohortScreens } from '../cohorts/routes';
import { homeScreens } from '../home/routes';
import { hostScreens } from '../hosts/routes';
import { placementScreens } from '../placements/routes';
import { progressScreens } from '../progress/routes';
import { referenceDataScreens } from '../reference-data/routes';
import { reportScreens } from '../reports/routes';
import { settingsScreens } from '../settings/routes';
import { dispatchScreens } from '../specialist-dispatch/routes';
import { statisticsScreens } from '../statistics/routes';
import { traineeScreens } from '../trainees/routes';
import { composedScreens } from './routes/routes';
import { type FeatureScreens, isActive, navigation, printRoutes, shellRoutes } from './screens';

// In a shuffled order: the entries' own numbers place them.
const FEATURES: FeatureScreens[] = [
  settingsScreens,
  composedScreens,
  dispatchScreens,
  traineeScreens,
  reportScreens,
  auditScreens,
  homeScreens,
  backupScreens,
  statisticsScreens,
  referenceDataScreens,
  cohortScreens,
  placementScreens,
  hostScreens,
  progressScreens,
];

describe('navigation', () => {
  const nav = navigation(FEATURES);

  test('every entry in its place, with its label and icon', () => {
    expect(nav.map((entry) => [entry.to, entry.label, entry.icon])).toEqual([
      ['/', 'nav.home', IconHome],
      ['/attention', 'nav.attention', IconAlertTriangle],
      ['/trainees', 'nav.trainees', IconUsers],
      ['/cohorts', 'nav.cohorts', IconCalendarEvent],
      ['/hosts', 'hosts.nav', IconBuildingCommunity],
      ['/timeline', 'nav.timeline', IconTimeline],
      ['/statistics', 'nav.statistics', IconChartBar],
      ['/dispatch', 'nav.dispatch', IconPlaneDeparture],
      ['/dispatch/specialists', 'nav.specialists', IconUserStar],
      ['/dispatch/history', 'nav.dispatchHistory', IconWorld],
      ['/reference-data', 'nav.referenceData', IconFileImport],
      ['/backups', 'nav.backups', IconDatabase],
      ['/history', 'nav.history', IconHistory],
      ['/settings', 'nav.settings', IconSettings],
    ]);
    expect(new Set(nav.map((entry) => entry.order)).size).toBe(nav.length);
  });

  test.each([
    ['/', '/'],
    ['/attention', '/attention'],
    ['/trainees', '/trainees'],
    ['/trainees/new', '/trainees'],
    ['/trainees/7/edit', '/trainees'],
    ['/cohorts/2026', '/cohorts'],
    ['/hosts/import', '/hosts'],
    ['/timeline/2026', '/timeline'],
    ['/statistics', '/statistics'],
    ['/dispatch', '/dispatch'],
    ['/dispatch/requests/3', '/dispatch'],
    ['/dispatch/intake/2027', '/dispatch'],
    ['/dispatch/counterparts', '/dispatch'],
    ['/dispatch/specialists/4/edit', '/dispatch/specialists'],
    ['/dispatch/history', '/dispatch/history'],
    ['/reference-data', '/reference-data'],
    ['/backups', '/backups'],
    ['/history', '/history'],
    ['/settings', '/settings'],
  ])('%s highlights %s alone', (path, to) => {
    expect(nav.filter((entry) => isActive(entry, path)).map((entry) => entry.to)).toEqual([to]);
  });

  test('a path no screen has highlights nothing', () => {
    expect(nav.filter((entry) => isActive(entry, '/nope'))).toEqual([]);
  });
});

test('no two features claim the same path', () => {
  const paths = [...shellRoutes(FEATURES), ...printRoutes(FEATURES)].map((route) => route.path ?? '(index)');
  expect(paths.filter((path, i) => paths.indexOf(path) !== i)).toEqual([]);
  expect(paths).toHaveLength(38);
});
