// The row of filters above a list: the search box first, then the filters, wrapping on narrow
// screens, with "Clear filters" at the end while any is set (where the screen keeps it here).
import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface FilterRowProps {
  children: ReactNode;
  /** Names the row as a group of filters for screen readers. */
  label?: string;
  filtered?: boolean;
  /** Without it the screen offers "Clear filters" elsewhere (beside its title). */
  onClear?: () => void;
}

export function FilterRow({ children, label, filtered = false, onClear }: FilterRowProps) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role={label ? 'group' : undefined} aria-label={label}>
      {children}
      {filtered && onClear && (
        <Button variant="subtle" size="sm" onClick={onClear}>
          {t('list.clearFilters')}
        </Button>
      )}
    </Group>
  );
}
