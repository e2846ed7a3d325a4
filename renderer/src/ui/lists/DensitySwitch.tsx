// Comfortable or compact lists (density.ts): two choices side by side, a radio group to assistive tech.
import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Density, useDensity } from './density';

export function DensitySwitch() {
  const { t } = useTranslation();
  const [density, setDensity] = useDensity();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('listView.density')}
      data-testid="density-switch"
      value={density}
      onChange={(value) => setDensity(value as Density)}
      data={[
        { value: 'comfortable', label: t('listView.comfortable') },
        { value: 'compact', label: t('listView.compact') },
      ]}
    />
  );
}
