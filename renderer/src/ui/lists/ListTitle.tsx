// The heading of a list screen: its title, how many records match (announced as it changes), a small
// spinner while a newer answer is on its way, and the screen's actions on the right.
import { Group, Loader, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ListTitleProps {
  title: string;
  /** The count in words ("3 requests"), once the first answer is in; null until then. */
  count?: string | null;
  countTestId?: string;
  fetching: boolean;
  /** Beside the heading: New, Import, Export, Clear filters. */
  actions?: ReactNode;
}

export function ListTitle({ title, count = null, countTestId, fetching, actions }: ListTitleProps) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" align="center">
      <Group gap="sm" align="baseline">
        <Title order={1} size="h2">
          {title}
        </Title>
        {count !== null && (
          <Text c="dimmed" aria-live="polite" data-testid={countTestId}>
            {count}
          </Text>
        )}
        {fetching && <Loader size="xs" aria-label={t('common.loading')} />}
      </Group>
      {actions && <Group gap="sm">{actions}</Group>}
    </Group>
  );
}
