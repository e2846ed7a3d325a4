// The Word templates screen, loaded when first visited.
import { IconFileTypeDocx } from '@tabler/icons-react';
import { lazyScreen } from '../app/preloadable';
import type { FeatureScreens } from '../app/screens';

const TemplatesPage = lazyScreen(() => import('./TemplatesPage').then((m) => m.TemplatesPage));

export const templateScreens: FeatureScreens = {
  routes: [{ path: 'templates', element: <TemplatesPage /> }],
  nav: [{ to: '/templates', label: 'nav.templates', icon: IconFileTypeDocx, order: 135 }],
};
