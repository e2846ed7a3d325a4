// Routes #/hosts/new and #/hosts/:id/edit onto the one form.
import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { useLang } from '../../i18n/format';
import { errorText } from '../../i18n/messages';
import { notifySaved } from '../../i18n/notify';
import { primaryName } from '../labels';
import { useHost } from '../queries';
import { HostForm } from './HostForm';

export function HostFormPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const params = useParams();
  const id = params.id ? Number(params.id) : 0;
  const query = useHost(id);
  const existing = id > 0 ? query.data?.host : null;

  if (id > 0 && query.isPending) return <Loader aria-label={t('common.loading')} />;
  if (id > 0 && query.isError) return <Alert color="red">{errorText(t, query.error)}</Alert>;

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {existing ? t('hosts.form.editTitle', { name: primaryName(existing, lang) }) : t('hosts.form.newTitle')}
      </Title>
      {!existing && <Text>{t('hosts.form.newIntro')}</Text>}
      <HostForm
        // Keyed by the record, not its version: a reload after "someone else saved" keeps the person's edits.
        key={existing ? existing.id : 'new'}
        existing={existing ?? null}
        onSaved={(host) => {
          const name = primaryName(host, lang);
          notifySaved(existing ? t('hosts.form.savedEdit', { name }) : t('hosts.form.savedNew', { name }));
          navigate(`/hosts/${host.id}`, { replace: !existing });
        }}
        onCancel={() => navigate(existing ? `/hosts/${existing.id}` : '/hosts')}
        onReload={() => query.refetch()}
      />
    </Stack>
  );
}
