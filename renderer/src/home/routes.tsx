// Home's entry in the side navigation. Its page shows other features' cards, so app/routes/
// registers its route.
import { IconHome } from '@tabler/icons-react';
import type { FeatureScreens } from '../app/screens';

export const homeScreens: FeatureScreens = {
  nav: [{ to: '/', label: 'nav.home', icon: IconHome, order: 10, match: (path) => path === '/' }],
};
