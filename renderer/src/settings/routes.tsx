// Settings' entry in the side navigation. Its page holds editors from other features, so app/routes/
// registers its route.
import { IconSettings } from '@tabler/icons-react';
import type { FeatureScreens } from '../app/screens';

export const settingsScreens: FeatureScreens = {
  nav: [{ to: '/settings', label: 'nav.settings', icon: IconSettings, order: 140 }],
};
