// Home: a failed automatic backup first (until a good one exists); what to do next on an empty database; otherwise the demo banner (if any) and the dashboard.
// The reference-data offer and the Needs-attention card come from their features as slots, filled by
// app/routes/HomeRoute.
import { Loader, Stack, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useFacets, useInvalidateTrainees } from '../api/trainees';
import { notifyError, notifySaved } from '../i18n/notify';
import { BackupFailureBanner } from '../ui/BackupFailureBanner';
import { Dashboard } from './Dashboard';
import { DemoBanner } from './DemoBanner';
import { FirstRun } from './FirstRun';
import { useDemoStatus } from './queries';

export function HomePage({ offer, attention }: { offer: ReactNode; attention: ReactNode }) {
  const { t } = useTranslation();
  const facets = useFacets();
  const demo = useDemoStatus();
  const invalidate = useInvalidateTrainees();
  const [busy, setBusy] = useState<'load' | 'remove' | null>(null);

  const run = async (kind: 'load' | 'remove') => {
    setBusy(kind);
    try {
      const status = kind === 'load' ? await api().call('demo.load', {}) : await api().call('demo.remove', {});
      await invalidate();
      notifySaved(kind === 'load' ? t('home.demo.loaded', { count: status.trainees }) : t('home.demo.removed'));
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(null);
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
        <FirstRun onLoadDemo={() => void run('load')} loading={busy === 'load'} />
      ) : (
        <>
          {demo.data.loaded && (
            <DemoBanner count={demo.data.trainees} onRemove={() => void run('remove')} removing={busy === 'remove'} />
          )}
          <Dashboard active={counts.active} archived={counts.archived} attention={attention} />
        </>
      )}
    </Stack>
  );
}
