// One trainee's record, read-only, with the actions on it: edit, archive / restore, photo. Cards from
// other features (placements, the cohort lifecycle, the progress record, the printed report) come in
// as slots, filled by app/routes/TraineeDetailRoute, so this page imports none of them.
import { Alert, Anchor, Badge, Button, Grid, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArchive, IconPencil, IconRestore } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { Trainee } from '../../../../shared/trainees/schema';
import { api } from '../../api/client';
import { useInvalidateTrainees } from '../../api/trainees';
import { errorText } from '../../i18n/messages';
import { notifyError, notifySaved } from '../../i18n/notify';
import { BackLink } from '../../ui/BackLink';
import { RecordHistory } from '../../ui/history/RecordHistory';
import { ArchivedBadge, DemoBadge, StatusBadge } from '../../ui/StatusBadge';
import { useTrainee } from '../queries';
import { PhotoCard } from './PhotoCard';
import { TraineeSections } from './TraineeSections';

export interface TraineeDetailSlots {
  /** Beside Edit: the printed report. */
  print: ReactNode;
  /** Overview, first: where the trainee is placed. */
  placements: (trainee: Trainee) => ReactNode;
  /** Overview, beside: the cohort and the status over time. */
  lifecycle: (trainee: Trainee) => ReactNode;
  /** The Progress tab. */
  progress: (trainee: Trainee) => ReactNode;
}

export function TraineeDetailPage({ print, placements, lifecycle, progress }: TraineeDetailSlots) {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const query = useTrainee(id);
  const invalidate = useInvalidateTrainees();
  const trainee = query.data;
  // The tab lives in the URL (?tab=progress), so links (e.g. from Needs attention) open it directly.
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'progress' ? 'progress' : 'overview';

  if (query.isPending) return <Loader aria-label={t('common.loading')} />;
  if (!trainee) {
    return (
      <Stack align="flex-start">
        <Alert color="red">{errorText(t, query.error)}</Alert>
        <Anchor component={Link} to="/trainees">
          {t('detail.backToList')}
        </Anchor>
      </Stack>
    );
  }

  const setArchived = async (archived: boolean) => {
    try {
      await api().call(archived ? 'trainees.archive' : 'trainees.restore', { id });
      await invalidate();
      notifySaved(
        archived ? t('detail.archived', { name: trainee.fullName }) : t('detail.restored', { name: trainee.fullName }),
      );
    } catch (error) {
      notifyError(error);
    }
  };

  const confirmArchive = () =>
    modals.openConfirmModal({
      title: t('detail.archiveTitle', { name: trainee.fullName }),
      children: <Text size="sm">{t('detail.archiveText')}</Text>,
      labels: { confirm: t('detail.archive'), cancel: t('common.cancel') },
      confirmProps: { color: 'orange.8' },
      onConfirm: () => void setArchived(true),
    });

  return (
    <Stack gap="md">
      <BackLink to="/trainees">{t('detail.backToList')}</BackLink>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Group gap="sm" align="center">
            <Title order={1} size="h2" data-testid="trainee-name">
              {trainee.fullName}
            </Title>
            <StatusBadge status={trainee.status} />
            {trainee.archived && <ArchivedBadge />}
            {trainee.isDemo && <DemoBadge />}
          </Group>
          <Group gap="sm">
            <Badge variant="outline" color="gray" c="gray.8" radius="sm" tt="none" data-testid="trainee-ref">
              {trainee.ref}
            </Badge>
            {trainee.nativeName && <Text>{trainee.nativeName}</Text>}
            {trainee.katakanaName && <Text lang="ja">{trainee.katakanaName}</Text>}
          </Group>
        </Stack>
        <Group gap="xs">
          {print}
          <Button component={Link} to={`/trainees/${id}/edit`} leftSection={<IconPencil size={16} aria-hidden />}>
            {t('detail.edit')}
          </Button>
          {trainee.archived ? (
            <Button
              variant="default"
              leftSection={<IconRestore size={16} aria-hidden />}
              onClick={() => void setArchived(false)}
            >
              {t('detail.restore')}
            </Button>
          ) : (
            <Button variant="default" leftSection={<IconArchive size={16} aria-hidden />} onClick={confirmArchive}>
              {t('detail.archive')}
            </Button>
          )}
        </Group>
      </Group>
      {trainee.archived && (
        <Alert color="gray" role="status">
          {t('detail.archivedNote')}
        </Alert>
      )}
      <Tabs
        value={tab}
        onChange={(v) => setParams(v === 'progress' ? { tab: 'progress' } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="overview" data-testid="tab-overview">
            {t('progress.tabs.overview')}
          </Tabs.Tab>
          <Tabs.Tab value="progress" data-testid="tab-progress">
            {t('progress.tabs.progress')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview">
          <Grid gap="md">
            <Grid.Col span={8}>
              <Stack gap="md">
                {placements(trainee)}
                <TraineeSections trainee={trainee} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={4}>
              <Stack gap="md">
                {lifecycle(trainee)}
                <PhotoCard trainee={trainee} />
                <RecordHistory entity="trainee" id={String(id)} withPlacements />
              </Stack>
            </Grid.Col>
          </Grid>
        </Tabs.Panel>
        <Tabs.Panel value="progress">{progress(trainee)}</Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
