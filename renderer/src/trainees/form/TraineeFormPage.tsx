// Routes #/trainees/new and #/trainees/:id/edit onto the one form.
import { Alert, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { useWorkingFiscalYear } from '../../api/working-year';
import { errorText } from '../../i18n/messages';
import { notifySaved } from '../../i18n/notify';
import { useTrainee } from '../queries';
import { TraineeForm } from './TraineeForm';

export function TraineeFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const params = useParams();
  const id = params.id ? Number(params.id) : 0;
  const query = useTrainee(id);
  const existing = id > 0 ? query.data : null;
  const working = useWorkingFiscalYear();

  if (id > 0 && query.isPending) return <Loader aria-label={t('common.loading')} />;
  // A new record starts from the year being worked on, so wait the moment it takes to know it.
  if (id === 0 && !working.ready) return <Loader aria-label={t('common.loading')} />;
  if (id > 0 && query.isError) return <Alert color="red">{errorText(t, query.error)}</Alert>;

  return (
    <Stack gap="md">
      <Group align="baseline" gap="sm">
        <Title order={1} size="h2">
          {existing ? t('form.editTitle', { name: existing.fullName }) : t('form.newTitle')}
        </Title>
        {existing && <Text c="dimmed">{existing.ref}</Text>}
      </Group>
      {!existing && <Text>{t('form.newIntro')}</Text>}
      <TraineeForm
        // Keyed by the record, not its version: a reload after "someone else saved" keeps the person's edits.
        key={existing ? existing.id : 'new'}
        existing={existing ?? null}
        fiscalYear={working.fiscalYear}
        onSaved={(trainee) => {
          notifySaved(
            existing
              ? t('form.savedEdit', { name: trainee.fullName })
              : t('form.savedNew', { name: trainee.fullName, ref: trainee.ref }),
          );
          navigate(`/trainees/${trainee.id}`, { replace: !existing });
        }}
        onCancel={() => navigate(existing ? `/trainees/${existing.id}` : '/trainees')}
        onReload={() => query.refetch()}
      />
    </Stack>
  );
}
