// The trainee list, loaded with the app (it is what people open first), and the form, loaded when
// first visited with the date pickers and form code it brings. The trainee page shows other features'
// cards, so app/routes/ registers it.
import { IconUsers } from '@tabler/icons-react';
import { lazyScreen } from '../app/preloadable';
import type { FeatureScreens } from '../app/screens';
import { TraineeListPage } from './list/TraineeListPage';

const TraineeFormPage = lazyScreen(() => import('./form/TraineeFormPage').then((m) => m.TraineeFormPage));

export const traineeScreens: FeatureScreens = {
  routes: [
    { path: 'trainees', element: <TraineeListPage /> },
    { path: 'trainees/new', element: <TraineeFormPage /> },
    { path: 'trainees/:id/edit', element: <TraineeFormPage /> },
  ],
  nav: [{ to: '/trainees', label: 'nav.trainees', icon: IconUsers, order: 30 }],
};
