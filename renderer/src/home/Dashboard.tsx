// The programme at a glance for the current fiscal year: trainees by status, each a link into the list,
// then what needs attention (progress's card, given by the home page).
import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconList, IconUserPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { currentFiscalYear, fiscalYearRange } from '../../../shared/fiscal-year';
import { fyLabel, useLang } from '../i18n/format';
import { useStatusCounts } from './queries';

export function Dashboard({ active, archived, attention }: { active: number; archived: number; attention: ReactNode }) {
  const { t } = useTranslation();
  const lang = useLang();
  const fy = currentFiscalYear();
  const range = fiscalYearRange(fy);
  const counts = useStatusCounts(fy);

  return (
    <Stack gap="lg">
      <Group gap="sm">
        <Button component={Link} to="/trainees/new" leftSection={<IconUserPlus size={16} aria-hidden />}>
          {t('list.new')}
        </Button>
        <Button component={Link} to="/trainees" variant="default" leftSection={<IconList size={16} aria-hidden />}>
          {t('home.openList')}
        </Button>
      </Group>
      <Paper withBorder p="md" component="section" aria-labelledby="fy-heading">
        <Title order={2} size="h4" id="fy-heading">
          {t('home.thisYear', { fy: fyLabel(fy, lang) })}
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {range.start} – {range.end}
        </Text>
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" data-testid="status-counts">
          {counts.map(({ status, count }) => (
            <Anchor
              key={status}
              component={Link}
              to={`/trainees?fy=${fy}&status=${status}`}
              underline="never"
              c="inherit"
            >
              <Paper withBorder p="sm" radius="sm" bg="gray.0">
                <Text size="xs" c="dimmed">
                  {t(`trainee.status.${status}`)}
                </Text>
                <Text size="xl" fw={700} c="desk.8">
                  {count ?? '…'}
                </Text>
              </Paper>
            </Anchor>
          ))}
        </SimpleGrid>
      </Paper>
      {attention}
      <Text size="sm">
        {t('home.totals', { active, archived })}{' '}
        <Anchor component={Link} to="/trainees?show=archived" size="sm">
          {t('home.seeArchived')}
        </Anchor>
      </Text>
    </Stack>
  );
}
