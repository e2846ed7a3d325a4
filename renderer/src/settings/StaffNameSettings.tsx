// The staff name goes into the history of every change, so colleagues can see who did what.
import { Button, Group, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { notifyError, notifySaved } from '../i18n/notify';
import { useSettings } from './queries';

export function StaffNameSettings() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const saved = useSettings().data?.staffName ?? '';
  const [name, setName] = useState(saved);
  const [busy, setBusy] = useState(false);
  useEffect(() => setName(saved), [saved]);

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const settings = await api().call('settings.update', { staffName: name });
      client.setQueryData(['settings'], settings);
      notifySaved(t('settings.staffNameSaved'));
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={save}>
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('settings.staffName')}
          description={t('settings.staffNameHint')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          maxLength={120}
          w={360}
        />
        <Button type="submit" loading={busy} disabled={name.trim() === saved}>
          {t('common.save')}
        </Button>
      </Group>
    </form>
  );
}
