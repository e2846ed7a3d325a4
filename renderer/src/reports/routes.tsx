// The report print views, one document each outside the shell. They load on first use, or ahead of it
// (see prefetch.ts).
import type { FeatureScreens } from '../app/screens';
import { cohortPrint, hostPrint, traineePrint, traineesPrint } from './pages';

export const reportScreens: FeatureScreens = {
  print: [
    { path: 'print/trainee/:id', element: <traineePrint.Component /> },
    { path: 'print/trainees', element: <traineesPrint.Component /> },
    { path: 'print/cohort/:fiscalYear', element: <cohortPrint.Component /> },
    { path: 'print/host/:id', element: <hostPrint.Component /> },
  ],
};
