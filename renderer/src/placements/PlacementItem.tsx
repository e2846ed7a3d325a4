// One placement as the trainee's and the host's cards list it: who or where, when, its state, the
// warnings accepted with their recorded reason, and Change / Cancel. Cancelled ones are greyed.
import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { todayIso } from '../../../shared/fiscal-year';
import type { Placement } from '../../../shared/placements/schema';
import { useLang } from '../i18n/format';
import { useShowDate } from '../ui/forms/useDateSettings';
import { AMBER_TEXT, durationText, hostName, shortLabel } from './text';

export type PlacementState = 'current' | 'upcoming' | 'past' | 'cancelled';

export function stateOf(p: Placement, today = todayIso()): PlacementState {
  if (p.cancelled) return 'cancelled';
  if (p.end < today) return 'past';
  if (p.start > today) return 'upcoming';
  return 'current';
}

// Light badges take a plain hue (a shade would fill them) and a dark text shade for contrast.
const STATE_HUE: Record<PlacementState, string> = {
  current: 'teal',
  upcoming: 'desk',
  past: 'gray',
  cancelled: 'gray',
};

/** Live placements first (by start), cancelled ones after them. */
export function ordered(list: Placement[]): Placement[] {
  return [...list].sort((a, b) => Number(a.cancelled) - Number(b.cancelled) || a.start.localeCompare(b.start));
}

interface Props {
  placement: Placement;
  /** Which side the card is on: the trainee's card names the host, the host's card the trainee. */
  side: 'trainee' | 'host';
  onChange: (p: Placement) => void;
  onCancel: (p: Placement) => void;
}

function periodLabel(t: TFunction, p: Placement, show: (iso: string) => string) {
  return t('placements.period', { start: show(p.start), end: show(p.end) });
}

export function PlacementItem({ placement: p, side, onChange, onCancel }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const show = useShowDate();
  const state = stateOf(p);
  const host = hostName({ nameEn: p.hostNameEn, nameJa: p.hostNameJa }, lang);
  const otherHost = lang === 'ja' ? p.hostNameEn : p.hostNameJa;
  const words = { host, name: p.traineeName, start: p.start, end: p.end };
  return (
    <Group
      component="li"
      justify="space-between"
      align="flex-start"
      wrap="nowrap"
      className={p.cancelled ? 'pl-item pl-item-cancelled' : 'pl-item'}
      data-testid="placement-row"
      data-cancelled={p.cancelled || undefined}
    >
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Group gap="xs" wrap="wrap">
          {side === 'trainee' ? (
            <Text fw={600} td={p.cancelled ? 'line-through' : undefined}>
              {host}
            </Text>
          ) : (
            <Anchor
              component={Link}
              to={`/trainees/${p.traineeId}`}
              fw={600}
              td={p.cancelled ? 'line-through' : undefined}
            >
              {p.traineeName}
            </Anchor>
          )}
          <Badge size="sm" variant="outline" color={STATE_HUE[state]} c={`${STATE_HUE[state]}.9`} tt="none">
            {t(`placements.state.${state}`)}
          </Badge>
        </Group>
        <Text size="sm" c={p.cancelled ? 'dimmed' : undefined}>
          {side === 'trainee' ? otherHost && otherHost !== host && `${otherHost} · ` : `${p.traineeRef} · `}
          {periodLabel(t, p, show)} ({durationText(t, p.start, p.end)})
        </Text>
        {p.supervisor && (
          <Text size="xs" c="dimmed">
            {t('placements.supervisorLine', { name: p.supervisor })}
          </Text>
        )}
        {p.overrides.length > 0 && (
          <Stack gap={2} mt={2} data-testid="placement-overrides">
            <Group gap={4}>
              <IconAlertTriangle size={14} color="var(--mantine-color-orange-8)" aria-hidden />
              <Text size="xs" fw={600} c={AMBER_TEXT}>
                {t('placements.accepted')}
              </Text>
              {p.overrides.map((code) => (
                <Badge key={code} size="xs" color={AMBER_TEXT} variant="outline" tt="none">
                  {shortLabel(t, code)}
                </Badge>
              ))}
            </Group>
            {p.overrideReason && (
              <Text size="xs" fs="italic">
                {t('placements.acceptedReason', { reason: p.overrideReason })}
              </Text>
            )}
          </Stack>
        )}
        {p.cancelled && p.cancelReason && (
          <Text size="xs" c="dimmed" fs="italic">
            {t('placements.cancelledBecause', { reason: p.cancelReason })}
          </Text>
        )}
      </Stack>
      {!p.cancelled && (
        <Group gap={6} wrap="nowrap">
          <Button
            size="compact-sm"
            variant="default"
            onClick={() => onChange(p)}
            aria-label={t(side === 'trainee' ? 'placements.changeFor' : 'placements.changeOf', words)}
          >
            {t('placements.change')}
          </Button>
          <Button
            size="compact-sm"
            variant="default"
            c="red.9"
            onClick={() => onCancel(p)}
            aria-label={t(side === 'trainee' ? 'placements.cancelFor' : 'placements.cancelOf', words)}
          >
            {t('placements.cancel')}
          </Button>
        </Group>
      )}
    </Group>
  );
}
