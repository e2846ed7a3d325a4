// The report print views, loaded on first use (with their fonts), or ahead of it by prefetch.ts.
import { preloadable } from '../app/preloadable';

export const traineePrint = preloadable(() => import('./TraineePrintPage').then((m) => m.TraineePrintPage));
export const traineesPrint = preloadable(() => import('./TraineesPrintPage').then((m) => m.TraineesPrintPage));
export const cohortPrint = preloadable(() => import('./CohortPrintPage').then((m) => m.CohortPrintPage));
export const hostPrint = preloadable(() => import('./HostPrintPage').then((m) => m.HostPrintPage));
