// The heading of a list screen: its title, how many records match (announced as it changes), and a
// small spinner while a newer answer is on its way.
import { Group, Loader, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ListTitle({
  title,
  count,
  countTestId,
  fetching,
}: {
  title: string;
  /** The count in words ("3 requests"), once the first answer is in. */
  count: string | null;
  countTestId?: string;
  fetching: boolean;
}) {
  const { t } = useTranslation();
  return (
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
  );
}
