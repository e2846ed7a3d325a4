// The directory's search box. The typed text lives here, so a keystroke re-renders only this box;
// the pacing of requests is the trainee list's (useSearchInput).
import { CloseButton, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { forwardRef, memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchInput } from '../../ui/lists/useSearchInput';

interface Props {
  committed: string;
  onSearch: (value: string) => Promise<unknown> | undefined;
}

export const HostSearchBox = memo(
  forwardRef<HTMLInputElement, Props>(function HostSearchBox({ committed, onSearch }, ref) {
    const { t } = useTranslation();
    const { text, onChange } = useSearchInput(committed, onSearch);
    return (
      <TextInput
        ref={ref}
        data-testid="host-search"
        type="search"
        label={t('hosts.search')}
        placeholder={t('hosts.searchPlaceholder')}
        value={text}
        onChange={(e) => onChange(e.currentTarget.value)}
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={
          text ? <CloseButton size="sm" aria-label={t('list.clearSearch')} onClick={() => onChange('')} /> : null
        }
        w={280}
        maxLength={200}
        autoComplete="off"
        spellCheck={false}
      />
    );
  }),
);
