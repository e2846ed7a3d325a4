// "Restore your unsaved changes from 10:42?" — shown at the top of a form that has a draft kept from
// an earlier session (the app was closed, crashed or killed while the form was being typed).
import { Alert, Button, Group, Text } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatTimestamp } from '../../i18n/format';
import type { Draft } from './useUnsavedGuard';

interface Props<V> {
  draft: Draft<V> | null;
  /** The version of the record as it is now: a draft begun on an older one says so. */
  currentVersion?: number | null;
  onRestore: (values: V) => void;
  onDiscard: () => void;
}

export function DraftOffer<V>({ draft, currentVersion = null, onRestore, onDiscard }: Props<V>) {
  const { t } = useTranslation();
  if (!draft) return null;
  const time = formatTimestamp(draft.savedAt);
  const today = formatTimestamp(new Date().toISOString()).slice(0, 10);
  const when = time.startsWith(today) ? time.slice(11) : time;
  const older = currentVersion !== null && draft.baseVersion !== null && draft.baseVersion !== currentVersion;
  return (
    <Alert color="blue" icon={<IconRestore aria-hidden />} title={t('draft.title', { when })} data-testid="draft-offer">
      {older && <Text size="sm">{t('draft.older')}</Text>}
      <Group gap="xs" mt="xs">
        <Button size="xs" onClick={() => onRestore(draft.values)}>
          {t('draft.restore')}
        </Button>
        <Button size="xs" variant="default" onClick={onDiscard}>
          {t('draft.discard')}
        </Button>
      </Group>
    </Alert>
  );
}

interface FormProps<V> {
  /** The form (@mantine/form): the offer shows while it is untouched; restoring lays the draft over it. */
  form: { isDirty: () => boolean; values: V; setValues: (values: V) => void };
  guard: { draft: Draft<V> | null; restored: (values: V) => void; forget: () => void };
  currentVersion?: number | null;
}

/** The draft offer as every form shows it. */
export function FormDraftOffer<V>({ form, guard, currentVersion = null }: FormProps<V>) {
  if (form.isDirty()) return null;
  return (
    <DraftOffer
      draft={guard.draft}
      currentVersion={currentVersion}
      onRestore={(values) => {
        form.setValues({ ...form.values, ...values });
        guard.restored(values);
      }}
      onDiscard={guard.forget}
    />
  );
}
