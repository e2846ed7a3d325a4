// Asks once for the staff member's name, which the core puts on every change (the history's "who").
// It comes when no name is saved: at start, but not over the first-run screen of an empty database
// (that screen comes first; the question follows the first step taken from it). "Later" puts it off
// until the next start: the choice lives in sessionStorage, which a new window (a new start) forgets.
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { api } from '../api/client';
import { traineeKeys } from '../api/trainees';
import { errorText } from '../i18n/messages';
import { notifySaved } from '../i18n/notify';
import { FormModal } from '../ui/guard/FormModal';
import { useUnsavedGuard } from '../ui/guard/useUnsavedGuard';
import { useSave } from '../ui/save/useSave';
import { settingsKey, useSettings } from '../ui/useSettings';

export const LATER_KEY = 'clair-desk.staffName.later';

function putOff(): void {
  try {
    sessionStorage.setItem(LATER_KEY, '1');
  } catch {
    // Storage refused (a locked-down profile): the question is then put off for this page only.
  }
}

function putOffEarlier(): boolean {
  try {
    return sessionStorage.getItem(LATER_KEY) === '1';
  } catch {
    return false;
  }
}

export function StaffNamePrompt() {
  const settings = useSettings().data;
  const onHome = useLocation().pathname === '/';
  const [later, setLater] = useState(putOffEarlier);
  const needed = settings !== undefined && settings.staffName === null && !later;
  // Same query as the home page's, so on Home this costs nothing extra.
  const facets = useQuery({
    queryKey: traineeKeys.facets,
    queryFn: () => api().call('trainees.facets', {}),
    enabled: needed && onHome,
  });
  const counts = facets.data?.counts;
  const firstRun = onHome && (!counts || counts.active + counts.archived + counts.demo === 0);
  if (!needed || firstRun) return null;
  return (
    <NameModal
      onLater={() => {
        putOff();
        setLater(true);
      }}
    />
  );
}

function NameModal({ onLater }: { onLater: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const trimmed = name.trim();

  const submit = () => {
    if (!trimmed) {
      setMissing(true);
      return;
    }
    void saver.save(trimmed);
  };
  // One short input: Esc with a name typed asks before it is dropped; not worth a draft.
  const guard = useUnsavedGuard({ draft: null, values: name, dirty: trimmed !== '', onSave: submit });
  const saver = useSave({
    send: (staffName: string) => api().call('settings.update', { staffName }),
    invalidates: () => [settingsKey, ['audit']],
    onSaved: (_, staffName) => notifySaved(t('staffPrompt.saved', { name: staffName })),
    guard,
  });
  const error = missing
    ? t('validation.required', { field: t('staffPrompt.label') })
    : saver.error
      ? errorText(t, saver.error)
      : null;

  return (
    <FormModal
      opened
      onClose={onLater}
      unsaved={guard.unsaved}
      title={t('staffPrompt.title')}
      // Asked on purpose: only "Later" or Esc puts the question off, never a stray click beside it.
      closeOnClickOutside={false}
      withCloseButton={false}
      centered
      size="md"
      data-testid="staff-name-prompt"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
        noValidate
      >
        <Stack gap="md">
          <Text size="sm">{t('staffPrompt.text')}</Text>
          <TextInput
            label={t('staffPrompt.label')}
            placeholder={t('staffPrompt.placeholder')}
            value={name}
            onChange={(e) => {
              setName(e.currentTarget.value);
              setMissing(false);
              saver.reset();
            }}
            error={error}
            maxLength={120}
            required
            data-autofocus
            autoComplete="name"
            data-testid="staff-name-input"
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onLater} data-testid="staff-name-later">
              {t('staffPrompt.later')}
            </Button>
            <Button type="submit" loading={saver.saving} data-testid="staff-name-save">
              {t('staffPrompt.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}
