// The trainee page's "Placements" card: every placement of the trainee (cancelled ones greyed, with
// their reason), accepted warnings with their recorded reason, and Assign / Change / Cancel.
import { Alert, Button, Group, Loader, Paper, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Placement } from '../../../shared/placements/schema';
import { errorText } from '../i18n/messages';
import { CancelDialog } from './form/CancelDialog';
import { PlacementDialog } from './form/PlacementDialog';
import type { PlacementTarget } from './form/usePlacementForm';
import { ordered, PlacementItem } from './PlacementItem';
import { useTraineePlacements } from './queries';
import './form/form.css';

interface Props {
  trainee: { id: number; fullName: string; ref: string; archived?: boolean };
}

export function PlacementsCard({ trainee }: Props) {
  const { t } = useTranslation();
  const query = useTraineePlacements(trainee.id);
  const [editing, setEditing] = useState<PlacementTarget | null>(null);
  const [cancelling, setCancelling] = useState<Placement | null>(null);
  const list = ordered(query.data ?? []);
  const knownHosts = list.map((p) => ({ nameEn: p.hostNameEn, nameJa: p.hostNameJa }));

  return (
    <Paper withBorder p="md" component="section" aria-label={t('placements.title')} data-testid="placements-card">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t('placements.title')}
        </Title>
        <Button
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => setEditing({ mode: 'create', trainee })}
          disabled={trainee.archived}
          data-testid="placement-assign"
        >
          {t('placements.assignLong')}
        </Button>
      </Group>
      {query.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {query.isError && <Alert color="red">{errorText(t, query.error)}</Alert>}
      {query.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('placements.none')}
        </Text>
      )}
      {list.length > 0 && (
        <ul className="pl-list">
          {list.map((p) => (
            <PlacementItem
              key={p.id}
              placement={p}
              side="trainee"
              onChange={(placement) => setEditing({ mode: 'edit', placement })}
              onCancel={setCancelling}
            />
          ))}
        </ul>
      )}
      <PlacementDialog target={editing} onClose={() => setEditing(null)} knownHosts={knownHosts} />
      <CancelDialog placement={cancelling} onClose={() => setCancelling(null)} />
    </Paper>
  );
}
