// The row of filters above a list: the search box first, then the filters, wrapping on narrow
// screens, with "Clear filters" at the end while any is set.
import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  children: ReactNode;
  filtered: boolean;
  onClear: () => void;
}

export function FilterRow({ children, filtered, onClear }: Props) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      {children}
      {filtered && (
        <Button variant="subtle" size="sm" onClick={onClear}>
          {t('list.clearFilters')}
        </Button>
      )}
    </Group>
  );
}
