// English / 日本語: switches the whole UI at once and remembers the choice in the database.
import { SegmentedControl } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/settings/schema';
import { api } from '../api/client';
import { changeLanguage } from '../i18n';
import { useLang } from '../i18n/format';
import { notifyError } from '../i18n/notify';

export function useSetLanguage() {
  const client = useQueryClient();
  return async (lang: Language) => {
    await changeLanguage(lang);
    try {
      const settings = await api().call('settings.update', { language: lang });
      client.setQueryData(['settings'], settings);
    } catch (error) {
      notifyError(error);
    }
  };
}

export function LanguageSwitch({ label }: { label?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const setLanguage = useSetLanguage();
  return (
    <SegmentedControl
      aria-label={label ?? t('settings.language')}
      size="xs"
      value={lang}
      onChange={(value) => void setLanguage(value as Language)}
      data={[
        { value: 'en', label: <span lang="en">English</span> },
        { value: 'ja', label: <span lang="ja">日本語</span> },
      ]}
    />
  );
}
