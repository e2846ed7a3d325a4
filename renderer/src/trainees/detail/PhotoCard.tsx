// The trainee's photo. An upload is judged by its bytes here first, so the person learns at once: a
// whole JPEG, PNG or WebP up to 2 MB, its header's size within the pixel limit (checked before the
// browser decodes anything), nothing after the image. The browser then decodes it once to make the
// display-size copy, and the core checks both again. The card shows the copy; the full photo only
// opens when asked for. A photo stored before copies were kept is shown whole, after the same header
// check, until it is replaced: making its copy on view would write to the record when nobody asked to.
import { Avatar, Button, FileButton, Group, Image, Modal, Paper, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconUpload } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImageCheck } from '../../../../shared/images/inspect';
import { PHOTO_MAX_BYTES, PHOTO_MAX_PIXELS, PHOTO_TYPES, type Trainee } from '../../../../shared/trainees/schema';
import { api } from '../../api/client';
import { useInvalidateTrainees } from '../../api/trainees';
import { issueText } from '../../i18n/messages';
import { notifyError, notifySaved } from '../../i18n/notify';
import { useTraineePhoto, useTraineePhotoCopy } from '../queries';
import {
  decodeBase64,
  type EncodedImage,
  encodeBytes,
  inspectPhoto,
  makeDisplayCopy,
  photoProblemCode,
} from './photo-image';

const MAX_MEGAPIXELS = PHOTO_MAX_PIXELS / 1_000_000;

/** The words for a refused photo, the same the core would send. */
function problemText(t: ReturnType<typeof useTranslation>['t'], check: Exclude<ImageCheck, { ok: true }>) {
  return issueText(t, {
    path: 'photo',
    code: photoProblemCode(check),
    params: { width: check.width ?? 0, height: check.height ?? 0, max: MAX_MEGAPIXELS },
  });
}

/** A stored photo, shown only when its header passes: a pixel bomb stored before the checks never decodes. */
function useShowablePhoto(trainee: Trainee, enabled: boolean) {
  const full = useTraineePhoto(trainee.id, enabled).data;
  return useMemo(() => {
    if (!full) return { photo: null, check: null };
    const check = inspectPhoto(decodeBase64(full.data));
    return { photo: check.ok ? full : null, check: check.ok ? null : check };
  }, [full]);
}

const srcOf = (image: EncodedImage) => `data:${image.mime};base64,${image.data}`;

function FullPhoto({ trainee, onClose }: { trainee: Trainee; onClose: () => void }) {
  const { t } = useTranslation();
  const { photo, check } = useShowablePhoto(trainee, true);
  return (
    <Modal opened onClose={onClose} title={t('photo.fullTitle', { name: trainee.fullName })} size="auto" centered>
      {photo && (
        <Image
          src={srcOf(photo)}
          alt={t('photo.fullAlt', { name: trainee.fullName })}
          mah="80vh"
          maw="90vw"
          fit="contain"
          data-testid="trainee-photo-full"
        />
      )}
      {check && (
        <Text size="sm" c="red.8" role="alert">
          {problemText(t, check)}
        </Text>
      )}
    </Modal>
  );
}

export function PhotoCard({ trainee }: { trainee: Trainee }) {
  const { t } = useTranslation();
  const copy = useTraineePhotoCopy(trainee.id, trainee.hasPhoto);
  const legacy = trainee.hasPhoto && copy.isSuccess && copy.data === null;
  const stored = useShowablePhoto(trainee, legacy);
  const invalidate = useInvalidateTrainees();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [viewing, setViewing] = useState(false);

  const upload = async (file: File | null) => {
    if (!file) return;
    setProblem(null);
    if (file.size > PHOTO_MAX_BYTES) {
      setProblem(issueText(t, { path: 'photo', code: 'photo_too_large' }));
      return;
    }
    setBusy(true);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const check = inspectPhoto(bytes);
      if (!check.ok) {
        setProblem(problemText(t, check));
        return;
      }
      // The browser's decoder is the last judge: what it cannot decode is damaged.
      const displayCopy = await makeDisplayCopy(bytes, check.mime).catch(() => null);
      if (!displayCopy) {
        setProblem(issueText(t, { path: 'photo', code: 'photo_broken' }));
        return;
      }
      const data = await encodeBytes(bytes, check.mime);
      await api().call('trainees.photo.set', { id: trainee.id, mime: check.mime, data, copy: displayCopy });
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

  const shown = trainee.hasPhoto ? (copy.data ?? stored.photo) : null;
  return (
    <Paper withBorder p="md" component="section" aria-label={t('photo.title')}>
      <Stack align="center" gap="sm">
        {shown ? (
          <Image
            src={srcOf(shown)}
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
        {stored.check && (
          <Text size="sm" c="red.8" ta="center" role="alert">
            {t('photo.storedUnshowable')} {problemText(t, stored.check)}
          </Text>
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
          {shown && (
            <Button size="xs" variant="subtle" onClick={() => setViewing(true)}>
              {t('photo.viewFull')}
            </Button>
          )}
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
      {viewing && <FullPhoto trainee={trainee} onClose={() => setViewing(false)} />}
    </Paper>
  );
}
