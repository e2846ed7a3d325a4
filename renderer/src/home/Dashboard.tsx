// Home starts where the work is: the current and the upcoming cohort, what needs attention (progress's
// card, given by the home page), the dispatch requests of the application window and the records
// changed last.
import { Anchor, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconList, IconUserPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { CohortCards } from './CohortCards';
import { DispatchCard } from './DispatchCard';
import { RecentCard } from './RecentCard';

export function Dashboard({ active, archived, attention }: { active: number; archived: number; attention: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Group gap="sm">
        <Button component={Link} to="/trainees/new" leftSection={<IconUserPlus size={16} aria-hidden />}>
          {t('list.new')}
        </Button>
        <Button component={Link} to="/trainees" variant="default" leftSection={<IconList size={16} aria-hidden />}>
          {t('home.openList')}
        </Button>
      </Group>
      <CohortCards />
      {attention}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <DispatchCard />
        <RecentCard />
      </SimpleGrid>
      <Text size="sm">
        {t('home.totals', { active, archived })}{' '}
        <Anchor component={Link} to="/trainees?show=archived" size="sm">
          {t('home.seeArchived')}
        </Anchor>
      </Text>
    </Stack>
  );
}
