// One host's page: its details and contacts, who is placed there (now, later, before), capacity use
// over time, and the actions on it (edit, activate / deactivate with a confirmation). The placements
// card and the printed report come from other features as slots, filled by app/routes/HostDetailRoute.
import { Alert, Anchor, Badge, Button, Grid, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconPencil, IconPlayerPause, IconPlayerPlay } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { HostDetail } from '../../../../shared/hosts/schema';
import { api } from '../../api/client';
import { useLang } from '../../i18n/format';
import { errorText } from '../../i18n/messages';
import { notifyError, notifySaved } from '../../i18n/notify';
import { BackLink } from '../../ui/BackLink';
import { RecordHistory } from '../../ui/history/RecordHistory';
import { prefectureName } from '../../ui/prefectures';
import { kindName, namesOf } from '../labels';
import { useHost, useInvalidateHosts } from '../queries';
import { CapacityChart } from './CapacityChart';
import { HostContacts, HostDetails } from './HostInfo';
import { HostTrainees } from './HostTrainees';
import '../hosts.css';

export interface HostDetailSlots {
  /** Beside Edit: the printed report. */
  print: ReactNode;
  /** First on the page: who is placed at the host, with Assign. */
  placements: (host: HostDetail['host']) => ReactNode;
}

export function HostDetailPage({ print, placements }: HostDetailSlots) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = Number(useParams().id);
  const query = useHost(id);
  const invalidate = useInvalidateHosts();
  const detail = query.data;

  if (query.isPending) return <Loader aria-label={t('common.loading')} />;
  if (!detail) {
    return (
      <Stack align="flex-start">
        <Alert color="red">{errorText(t, query.error)}</Alert>
        <Anchor component={Link} to="/hosts">
          {t('hosts.detail.backToList')}
        </Anchor>
      </Stack>
    );
  }

  const { host } = detail;
  const [first, second] = namesOf(host, lang);
  const name = first.text;
  const current = detail.trainees.current.length;

  const setActive = async (active: boolean) => {
    try {
      await api().call('hosts.setActive', { id, active });
      await invalidate();
      notifySaved(active ? t('hosts.detail.activated', { name }) : t('hosts.detail.deactivated', { name }));
    } catch (error) {
      notifyError(error);
    }
  };

  const confirmActive = (active: boolean) =>
    modals.openConfirmModal({
      title: t(active ? 'hosts.detail.activateTitle' : 'hosts.detail.deactivateTitle', { name }),
      children: <Text size="sm">{t(active ? 'hosts.detail.activateText' : 'hosts.detail.deactivateText')}</Text>,
      labels: {
        confirm: t(active ? 'hosts.detail.activate' : 'hosts.detail.deactivate'),
        cancel: t('common.cancel'),
      },
      // red.9, not orange: white on orange falls below WCAG AA contrast.
      confirmProps: { color: active ? 'desk' : 'red.9' },
      closeButtonProps: { 'aria-label': t('common.cancel') },
      onConfirm: () => void setActive(active),
    });

  return (
    <Stack gap="md">
      <BackLink to="/hosts">{t('hosts.detail.backToList')}</BackLink>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Group gap="sm" align="center">
            <Title order={1} size="h2" data-testid="host-name" lang={first.lang}>
              {name}
            </Title>
            {!host.active && (
              <Badge color="gray.7" variant="filled" radius="sm" tt="none" data-testid="host-inactive">
                {t('hosts.inactive')}
              </Badge>
            )}
            {host.isDemo && (
              <Badge color="grape" variant="outline" radius="sm" size="xs" tt="none" c="grape.9">
                {t('hosts.demo')}
              </Badge>
            )}
          </Group>
          <Group gap="sm">
            <Text lang={second.lang} data-testid="host-other-name">
              {second.text}
            </Text>
            <Text c="dimmed">
              {kindName(t, host.kind)} · {prefectureName(host.prefecture, lang)}
            </Text>
            <Text
              data-testid="host-usage-now"
              c={current > host.capacity ? 'red.9' : undefined}
              fw={current > host.capacity ? 700 : undefined}
            >
              {t('hosts.usageLabel', { count: current, capacity: host.capacity })}
              {current > host.capacity && ` · ${t('hosts.over')}`}
            </Text>
          </Group>
        </Stack>
        <Group gap="xs">
          {print}
          <Button component={Link} to={`/hosts/${id}/edit`} leftSection={<IconPencil size={16} aria-hidden />}>
            {t('hosts.detail.edit')}
          </Button>
          {host.active ? (
            <Button
              variant="default"
              leftSection={<IconPlayerPause size={16} aria-hidden />}
              onClick={() => confirmActive(false)}
            >
              {t('hosts.detail.deactivate')}
            </Button>
          ) : (
            <Button
              variant="default"
              leftSection={<IconPlayerPlay size={16} aria-hidden />}
              onClick={() => confirmActive(true)}
            >
              {t('hosts.detail.activate')}
            </Button>
          )}
        </Group>
      </Group>
      {!host.active && (
        <Alert color="gray" role="status">
          {t('hosts.detail.inactiveNote')}
        </Alert>
      )}
      <Grid gap="md">
        <Grid.Col span={7}>
          <Stack gap="md">
            {placements(host)}
            <HostDetails host={host} />
            <HostContacts host={host} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={5}>
          <Stack gap="md">
            <HostTrainees trainees={detail.trainees} />
            <CapacityChart months={detail.capacityUse} capacity={host.capacity} />
            <RecordHistory entity="host" id={String(id)} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
