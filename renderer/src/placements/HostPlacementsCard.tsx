// A host page's placements card: the trainees placed at the host (cancelled ones greyed) and Assign
// from the host's side, where the trainee is searched for and the host is fixed.
import { Alert, Button, Group, Loader, Paper, Switch, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Placement } from '../../../shared/placements/schema';
import { useLang } from '../i18n/format';
import { errorText } from '../i18n/messages';
import { CancelDialog } from './form/CancelDialog';
import { PlacementDialog } from './form/PlacementDialog';
import type { PlacementTarget } from './form/usePlacementForm';
import { ordered, PlacementItem } from './PlacementItem';
import { useHostPlacements } from './queries';
import { hostName } from './text';
import './form/form.css';

interface Props {
  host: { id: number; nameEn: string; nameJa: string };
}

export function HostPlacementsCard({ host }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const query = useHostPlacements(host.id);
  const [editing, setEditing] = useState<PlacementTarget | null>(null);
  const [cancelling, setCancelling] = useState<Placement | null>(null);
  const [showCancelled, setShowCancelled] = useState(false);
  const all = ordered(query.data ?? []);
  const list = showCancelled ? all : all.filter((p) => !p.cancelled);
  const hostRef = { id: host.id, nameEn: host.nameEn, nameJa: host.nameJa };

  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-label={t('placements.hostCard.title')}
      data-testid="host-placements-card"
    >
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t('placements.hostCard.title')}
        </Title>
        <Button
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => setEditing({ mode: 'create', host: hostRef })}
          aria-label={`${t('placements.assignLong')} (${hostName(host, lang)})`}
          data-testid="placement-assign"
        >
          {t('placements.assignLong')}
        </Button>
      </Group>
      {all.some((p) => p.cancelled) && (
        <Switch
          size="xs"
          mb="xs"
          label={t('placements.showCancelled')}
          checked={showCancelled}
          onChange={(e) => setShowCancelled(e.currentTarget.checked)}
        />
      )}
      {query.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {query.isError && <Alert color="red">{errorText(t, query.error)}</Alert>}
      {query.data && list.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('placements.noneHost')}
        </Text>
      )}
      {list.length > 0 && (
        <ul className="pl-list">
          {list.map((p) => (
            <PlacementItem
              key={p.id}
              placement={p}
              side="host"
              onChange={(placement) => setEditing({ mode: 'edit', placement })}
              onCancel={setCancelling}
            />
          ))}
        </ul>
      )}
      <PlacementDialog target={editing} onClose={() => setEditing(null)} knownHosts={[hostRef]} />
      <CancelDialog placement={cancelling} onClose={() => setCancelling(null)} />
    </Paper>
  );
}
