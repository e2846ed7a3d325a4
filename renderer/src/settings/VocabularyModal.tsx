// Add or rename an entry of a vocabulary (field of training, country): English and Japanese names,
// plus a code for a new country.
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { issueText } from '../i18n/messages';

export interface VocabularyDraft {
  code?: string;
  nameEn: string;
  nameJa: string;
}

interface Props {
  title: string;
  draft: VocabularyDraft | null;
  withCode?: boolean;
  onClose: () => void;
  onSave: (draft: VocabularyDraft) => Promise<void>;
}

export function VocabularyModal({ title, draft, withCode, onClose, onSave }: Props) {
  const { t } = useTranslation();
  const [value, setValue] = useState<VocabularyDraft>({ nameEn: '', nameJa: '' });
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);
  useEffect(() => {
    if (draft) setValue(draft);
    setTried(false);
  }, [draft]);

  const required = (label: string, v: string | undefined) =>
    tried && !v?.trim() ? issueText(t, { path: '', code: 'required' }, label) : undefined;
  const codeBad = withCode && tried && !/^[A-Z]{2}$/.test(value.code ?? '');

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!value.nameEn.trim() || !value.nameJa.trim() || (withCode && !/^[A-Z]{2}$/.test(value.code ?? ''))) return;
    setBusy(true);
    try {
      await onSave({ ...value, nameEn: value.nameEn.trim(), nameJa: value.nameJa.trim() });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={draft !== null} onClose={onClose} title={title} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {withCode && (
            <TextInput
              label={t('settings.code')}
              description={t('settings.codeHint')}
              value={value.code ?? ''}
              onChange={(e) => setValue({ ...value, code: e.currentTarget.value.toUpperCase() })}
              maxLength={2}
              error={codeBad ? issueText(t, { path: '', code: 'invalid_country' }, t('settings.code')) : undefined}
              data-autofocus
            />
          )}
          <TextInput
            label={t('settings.nameEn')}
            value={value.nameEn}
            onChange={(e) => setValue({ ...value, nameEn: e.currentTarget.value })}
            error={required(t('settings.nameEn'), value.nameEn)}
            data-autofocus={!withCode || undefined}
          />
          <TextInput
            label={t('settings.nameJa')}
            value={value.nameJa}
            onChange={(e) => setValue({ ...value, nameJa: e.currentTarget.value })}
            error={required(t('settings.nameJa'), value.nameJa)}
            lang="ja"
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
