// #/dispatch/specialists/new and #/dispatch/specialists/:id/edit onto the one form.
import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { useLang } from '../../i18n/format';
import { errorText } from '../../i18n/messages';
import { notifySaved } from '../../i18n/notify';
import { personName } from '../labels';
import { useSpecialist } from '../queries';
import { SpecialistForm } from './SpecialistForm';

export function SpecialistFormPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const id = Number(useParams().id ?? 0);
  const query = useSpecialist(id);
  const existing = id > 0 ? query.data?.specialist : null;

  if (id > 0 && query.isPending) return <Loader aria-label={t('common.loading')} />;
  if (id > 0 && query.isError) return <Alert color="red">{errorText(t, query.error)}</Alert>;

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {existing
          ? t('dispatch.specialists.editTitle', { name: personName(existing, lang) })
          : t('dispatch.specialists.newTitle')}
      </Title>
      {!existing && <Text>{t('dispatch.specialists.newIntro')}</Text>}
      <SpecialistForm
        // Keyed by the record, not its version: a reload after "someone else saved" keeps the person's edits.
        key={existing ? existing.id : 'new'}
        existing={existing ?? null}
        onSaved={(s) => {
          const name = personName(s, lang);
          notifySaved(
            existing ? t('dispatch.specialists.savedEdit', { name }) : t('dispatch.specialists.savedNew', { name }),
          );
          navigate(`/dispatch/specialists/${s.id}`, { replace: !existing });
        }}
        onCancel={() => navigate(existing ? `/dispatch/specialists/${existing.id}` : '/dispatch/specialists')}
        onReload={() => query.refetch()}
      />
    </Stack>
  );
}
