// The bar over a list while rows are selected: how many, "Select all N matching the filter" once the
// whole page is ticked, a way to clear, and the list's actions on the selection.
import { Button, Group, Paper, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkSelection } from './useBulkSelection';

interface Props<T> {
  selection: BulkSelection<T>;
  children: ReactNode;
}

export function BulkBar<T>({ selection, children }: Props<T>) {
  const { t } = useTranslation();
  const { count, total } = selection;
  if (count === 0) return null;
  const offerAll = !selection.allMatching && selection.pageAll && total > selection.rows.length;
  return (
    <Paper withBorder px="sm" py={6} bg="var(--mantine-color-blue-light)" data-testid="bulk-bar">
      <Group gap="xs" justify="space-between" wrap="wrap">
        <Group gap="xs" wrap="wrap">
          <Text size="sm" fw={600} role="status" data-testid="bulk-count">
            {selection.allMatching ? t('bulk.allSelected', { count }) : t('bulk.selected', { count })}
          </Text>
          {offerAll && (
            <Button
              size="compact-sm"
              variant="subtle"
              onClick={selection.selectAllMatching}
              data-testid="bulk-select-all"
            >
              {t('bulk.selectAll', { count: total })}
            </Button>
          )}
          <Button
            size="compact-sm"
            variant="subtle"
            color="gray"
            leftSection={<IconX size={14} aria-hidden />}
            onClick={selection.clear}
            data-testid="bulk-clear"
          >
            {t('bulk.clear')}
          </Button>
        </Group>
        <Group gap="xs" wrap="wrap">
          {children}
        </Group>
      </Group>
    </Paper>
  );
}
