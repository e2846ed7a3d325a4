// The staff name goes into the history of every change, so colleagues can see who did what. A small
// form on the kit: leaving Settings with a name typed but not saved asks first, Ctrl+S saves, and a
// failed save is said under the input.
import { Button, Group, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { errorText, issueText } from '../i18n/messages';
import { notifySaved } from '../i18n/notify';
import { useUnsavedGuard } from '../ui/guard/useUnsavedGuard';
import { useSave } from '../ui/save/useSave';
import { settingsKey, useSettings } from '../ui/useSettings';

export function StaffNameSettings() {
  const { t } = useTranslation();
  const saved = useSettings().data?.staffName ?? '';
  const [name, setName] = useState(saved);
  useEffect(() => setName(saved), [saved]);
  const changed = name.trim() !== saved;

  const submit = () => {
    if (changed) void saver.save(name);
  };
  // One short input: kept from leaving unasked, not worth a draft.
  const guard = useUnsavedGuard({ draft: null, values: name, dirty: changed, onSave: submit });
  const saver = useSave({
    send: (staffName: string) => api().call('settings.update', { staffName }),
    invalidates: () => [settingsKey, ['audit']],
    onSaved: async () => notifySaved(t('settings.staffNameSaved')),
    guard,
  });
  const problem = saver.problems.staffName;
  const error = problem
    ? issueText(t, { path: 'staffName', code: problem.code, params: problem.params }, t('settings.staffName'))
    : saver.error
      ? errorText(t, saver.error)
      : undefined;

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      noValidate
    >
      <Group align="flex-start" gap="sm">
        <TextInput
          label={t('settings.staffName')}
          description={t('settings.staffNameHint')}
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            saver.reset();
          }}
          error={error}
          maxLength={120}
          w={360}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
        />
        <Button type="submit" loading={saver.saving} disabled={!changed} mt={25}>
          {t('common.save')}
        </Button>
      </Group>
    </form>
  );
}
