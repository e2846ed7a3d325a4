// What an empty list says. With no filters it teaches: what the list is for, and the first things to
// do (register the first trainee, import, load demo data). With filters, it says they match nothing and
// offers to clear them. A list that failed to load says that instead.
import { Button, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface EmptyStateProps {
  /** Filters or a search are applied. */
  filtered: boolean;
  failed?: boolean;
  /** The first-day words: a title and what the list is for. */
  title: string;
  text: string;
  /** The first actions, shown only when nothing is filtered. */
  actions?: ReactNode;
  onClearFilters?: () => void;
}

export function EmptyState({ filtered, failed = false, title, text, actions, onClearFilters }: EmptyStateProps) {
  const { t } = useTranslation();
  if (failed) {
    return (
      <Text c="red.9" ta="center" p="lg" data-testid="empty-state">
        {t('list.loadFailed')}
      </Text>
    );
  }
  if (filtered) {
    return (
      <Stack align="center" gap="xs" p="lg" data-testid="empty-state" data-filtered="true">
        <Text fw={600}>{t('list.noMatch')}</Text>
        {onClearFilters && (
          <Button variant="default" size="xs" onClick={onClearFilters} style={{ pointerEvents: 'auto' }}>
            {t('list.clearFilters')}
          </Button>
        )}
      </Stack>
    );
  }
  return (
    <Stack align="center" gap="xs" p="lg" maw={520} mx="auto" data-testid="empty-state" data-filtered="false">
      <Title order={2} size="h4">
        {title}
      </Title>
      <Text ta="center" c="dimmed">
        {text}
      </Text>
      {actions && (
        <Stack gap="xs" align="center" style={{ pointerEvents: 'auto' }}>
          {actions}
        </Stack>
      )}
    </Stack>
  );
}
