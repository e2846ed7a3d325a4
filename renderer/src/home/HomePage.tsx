// Home: a failed automatic backup first (until a good one exists); what to do next on an empty database; otherwise the demo banner (if any), the dashboard and the way into the demo sandbox.
// The reference-data offer and the Needs-attention card come from their features as slots, filled by
// app/routes/HomeRoute.
import { Loader, Stack, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useDemoMode } from '../api/demo';
import { useFacets, useInvalidateTrainees } from '../api/trainees';
import { notifyError, notifySaved } from '../i18n/notify';
import { BackupFailureBanner } from '../ui/BackupFailureBanner';
import { useLoadDemo } from '../ui/lists/useLoadDemo';
import { Dashboard } from './Dashboard';
import { DemoBanner } from './DemoBanner';
import { FirstRun, TryDemo } from './FirstRun';
import { useDemoStatus } from './queries';

export function HomePage({ offer, attention }: { offer: ReactNode; attention: ReactNode }) {
  const { t } = useTranslation();
  const facets = useFacets();
  const demo = useDemoStatus();
  const invalidate = useInvalidateTrainees();
  const sandbox = useDemoMode();
  const tryDemo = useLoadDemo();
  const [removing, setRemoving] = useState(false);

  // Demo records loaded into the real database by an earlier version: still removable in one click.
  const remove = async () => {
    setRemoving(true);
    try {
      await api().call('demo.remove', {});
      await invalidate();
      notifySaved(t('home.demo.removed'));
    } catch (error) {
      notifyError(error);
    } finally {
      setRemoving(false);
    }
  };

  const counts = facets.data?.counts;
  const empty = counts && counts.active + counts.archived + counts.demo === 0;
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        {t('home.title')}
      </Title>
      <BackupFailureBanner where="home" />
      {offer}
      {!counts || !demo.data ? (
        <Loader aria-label={t('common.loading')} />
      ) : empty ? (
        <FirstRun onLoadDemo={tryDemo.mutate} loading={tryDemo.isPending} />
      ) : (
        <>
          {demo.data.loaded && !sandbox && (
            <DemoBanner count={demo.data.trainees} onRemove={() => void remove()} removing={removing} />
          )}
          <Dashboard active={counts.active} archived={counts.archived} attention={attention} />
          {!sandbox && <TryDemo onTry={tryDemo.mutate} loading={tryDemo.isPending} />}
        </>
      )}
    </Stack>
  );
}
