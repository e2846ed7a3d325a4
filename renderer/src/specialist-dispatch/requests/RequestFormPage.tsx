// #/dispatch/requests/new and #/dispatch/requests/:id/edit onto the one form. A request saved outside
// its window says so in the notification (it is flagged, not refused).
import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { errorText, warningText } from '../../i18n/messages';
import { notifySaved } from '../../i18n/notify';
import { useRequest } from '../queries';
import { RequestForm } from './RequestForm';

export function RequestFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const params = useParams();
  const id = params.id ? Number(params.id) : 0;
  const query = useRequest(id);
  const existing = id > 0 ? query.data?.request : null;

  if (id > 0 && query.isPending) return <Loader aria-label={t('common.loading')} />;
  if (id > 0 && query.isError) return <Alert color="red">{errorText(t, query.error)}</Alert>;

  const title = existing ? t('dispatch.form.editTitle', { ref: existing.reference }) : t('dispatch.form.newTitle');
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {title}
      </Title>
      {!existing && <Text>{t('dispatch.form.newIntro')}</Text>}
      <RequestForm
        // Keyed by the record, not its version: a reload after "someone else saved" keeps the person's edits.
        key={existing ? existing.id : 'new'}
        existing={existing ?? null}
        onSaved={(request, warnings) => {
          const flag = warnings.map((w) => warningText(t, w)).join(' ');
          const saved = existing
            ? t('dispatch.form.savedEdit', { ref: request.reference })
            : t('dispatch.form.savedNew', { ref: request.reference });
          notifySaved(flag ? `${saved} ${flag}` : saved);
          navigate(`/dispatch/requests/${request.id}`, { replace: !existing });
        }}
        onCancel={() => navigate(existing ? `/dispatch/requests/${existing.id}` : '/dispatch')}
        onReload={() => query.refetch()}
      />
    </Stack>
  );
}
