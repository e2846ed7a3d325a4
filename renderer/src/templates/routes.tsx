// The Word templates screen, loaded when first visited.
import { IconFileTypeDocx } from '@tabler/icons-react';
import { lazy } from 'react';
import type { FeatureScreens } from '../app/screens';

const TemplatesPage = lazy(() => import('./TemplatesPage').then((m) => ({ default: m.TemplatesPage })));

export const templateScreens: FeatureScreens = {
  routes: [{ path: 'templates', element: <TemplatesPage /> }],
  nav: [{ to: '/templates', label: 'nav.templates', icon: IconFileTypeDocx, order: 135 }],
};
