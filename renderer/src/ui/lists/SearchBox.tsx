// A list's search box: the typed text lives here, the pacing is the trainee list's
// (ui/lists/useSearchInput), so typing re-renders only this box and never floods the core.
import { CloseButton, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchInput } from './useSearchInput';

interface Props {
  committed: string;
  label: string;
  placeholder: string;
  testId: string;
  onSearch: (value: string) => Promise<unknown> | undefined;
}

export const SearchBox = memo(function SearchBox({ committed, label, placeholder, testId, onSearch }: Props) {
  const { t } = useTranslation();
  const { text, onChange } = useSearchInput(committed, onSearch);
  return (
    <TextInput
      data-testid={testId}
      type="search"
      label={label}
      placeholder={placeholder}
      value={text}
      onChange={(e) => onChange(e.currentTarget.value)}
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={
        text ? <CloseButton size="sm" aria-label={t('list.clearSearch')} onClick={() => onChange('')} /> : null
      }
      w={260}
      maxLength={200}
      autoComplete="off"
      spellCheck={false}
    />
  );
});
