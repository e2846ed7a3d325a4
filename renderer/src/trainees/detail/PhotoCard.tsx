// The trainee's photo: JPEG or PNG up to 2 MB, checked here first so the person learns at once,
// and checked again by the core (which looks at the bytes, not the file name).
import { Avatar, Button, FileButton, Group, Image, Paper, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PHOTO_MAX_BYTES, PHOTO_TYPES, type Trainee } from '../../../../shared/trainees/schema';
import { api } from '../../api/client';
import { useInvalidateTrainees } from '../../api/trainees';
import { issueText } from '../../i18n/messages';
import { notifyError, notifySaved } from '../../i18n/notify';
import { useTraineePhoto } from '../queries';

type PhotoType = (typeof PHOTO_TYPES)[number];

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export function PhotoCard({ trainee }: { trainee: Trainee }) {
  const { t } = useTranslation();
  const photo = useTraineePhoto(trainee.id, trainee.hasPhoto);
  const invalidate = useInvalidateTrainees();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const upload = async (file: File | null) => {
    if (!file) return;
    setProblem(null);
    if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) {
      setProblem(issueText(t, { path: 'photo', code: 'invalid_photo' }));
      return;
    }
    if (file.size > PHOTO_MAX_BYTES) {
      setProblem(issueText(t, { path: 'photo', code: 'photo_too_large' }));
      return;
    }
    setBusy(true);
    try {
      await api().call('trainees.photo.set', {
        id: trainee.id,
        mime: file.type as PhotoType,
        data: await readBase64(file),
      });
      await invalidate();
      notifySaved(t('photo.saved'));
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  const remove = () =>
    modals.openConfirmModal({
      title: t('photo.removeTitle'),
      children: <Text size="sm">{t('photo.removeText', { name: trainee.fullName })}</Text>,
      labels: { confirm: t('photo.remove'), cancel: t('common.cancel') },
      confirmProps: { color: 'red.8' },
      onConfirm: async () => {
        try {
          await api().call('trainees.photo.remove', { id: trainee.id });
          await invalidate();
          notifySaved(t('photo.removed'));
        } catch (error) {
          notifyError(error);
        }
      },
    });

  const src = photo.data ? `data:${photo.data.mime};base64,${photo.data.data}` : null;
  return (
    <Paper withBorder p="md" component="section" aria-label={t('photo.title')}>
      <Stack align="center" gap="sm">
        {src && trainee.hasPhoto ? (
          <Image
            src={src}
            alt={t('photo.alt', { name: trainee.fullName })}
            w={160}
            h={200}
            fit="cover"
            radius="sm"
            data-testid="trainee-photo"
          />
        ) : (
          <Avatar size={120} radius="sm" color="desk" aria-label={t('photo.none')}>
            {trainee.fullName.slice(0, 2).toUpperCase()}
          </Avatar>
        )}
        <Group gap="xs" justify="center">
          <FileButton onChange={(f) => void upload(f)} accept={PHOTO_TYPES.join(',')}>
            {(props) => (
              <Button
                {...props}
                size="xs"
                variant="light"
                loading={busy}
                leftSection={<IconUpload size={14} aria-hidden />}
              >
                {trainee.hasPhoto ? t('photo.replace') : t('photo.upload')}
              </Button>
            )}
          </FileButton>
          {trainee.hasPhoto && (
            <Button size="xs" variant="subtle" color="red.8" onClick={remove}>
              {t('photo.remove')}
            </Button>
          )}
        </Group>
        <Text size="xs" c="dimmed" ta="center">
          {t('photo.hint')}
        </Text>
        {problem && (
          <Text size="sm" c="red.8" role="alert">
            {problem}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
