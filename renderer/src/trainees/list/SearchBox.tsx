// The list's search box. The typed text lives here, so a keystroke re-renders only this box.
import { CloseButton, Kbd, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { forwardRef, memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchInput } from '../../ui/lists/useSearchInput';

interface Props {
  /** The search the list currently shows (from the URL). */
  committed: string;
  /** Called with the text to search for (see useSearchInput); settles when the rows are in. */
  onSearch: (value: string) => Promise<unknown> | undefined;
}

export const SearchBox = memo(
  forwardRef<HTMLInputElement, Props>(function SearchBox({ committed, onSearch }, ref) {
    const { t } = useTranslation();
    const { text, onChange } = useSearchInput(committed, onSearch);
    return (
      <TextInput
        ref={ref}
        data-testid="trainee-search"
        type="search"
        label={t('list.search')}
        placeholder={t('list.searchPlaceholder')}
        value={text}
        onChange={(e) => onChange(e.currentTarget.value)}
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={
          text ? (
            <CloseButton size="sm" aria-label={t('list.clearSearch')} onClick={() => onChange('')} />
          ) : (
            <Kbd size="xs" aria-hidden>
              /
            </Kbd>
          )
        }
        w={324}
        maxLength={200}
        autoComplete="off"
        spellCheck={false}
      />
    );
  }),
);
