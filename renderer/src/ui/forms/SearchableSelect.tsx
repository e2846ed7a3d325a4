// A select people can type into. Typing highlights the best match (ranked in optionMatch.ts), so Enter
// (or Tab) chooses it; if nothing is highlighted yet (a fast typist, a pasted word), Enter still chooses
// the best match. Enter never submits the form around it, whether or not anything matched.
import { MultiSelect, type MultiSelectProps, Select, type SelectProps } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { firstMatch, flatOptions, type KeywordItem, rankedFilter } from './optionMatch';

/** The option Mantine has highlighted in the open list, if any (enabled). */
function highlightedOption(input: HTMLInputElement, options: KeywordItem[]): KeywordItem | undefined {
  const id = input.getAttribute('aria-activedescendant');
  const value = id ? document.getElementById(id)?.getAttribute('value') : null;
  return value == null ? undefined : options.find((o) => o.value === value && !o.disabled);
}

/**
 * What Enter or Tab (leaving the select) after typing chooses: the highlighted option, else the best
 * match; nothing when the text is the chosen option's label already. Mantine's own autoSelectOnBlur is
 * not used: after a choice it highlights the list's first option again (the search text changed to
 * the chosen label), so leaving the field would replace the choice with it.
 */
function chosen(input: HTMLInputElement, props: SelectProps): KeywordItem | null {
  const typed = input.value;
  const options = flatOptions(props.data);
  const current = options.find((o) => o.value === props.value);
  if (typed.trim() === '' || typed === current?.label) return null; // nothing typed since the last choice
  return highlightedOption(input, options) ?? firstMatch(props.data, typed, props.filter ?? undefined);
}

export function SearchableSelect({ onKeyDown, onBlur, onFocus, searchValue, onSearchChange, ...given }: SelectProps) {
  const { t } = useTranslation();
  const props = { filter: rankedFilter, ...given };
  // The typed text is held here, so that choosing the option already chosen (typed in the other
  // language, say) still puts its label back in the field; Mantine only does that for a new value.
  const [ownSearch, setOwnSearch] = useState('');
  const search = searchValue ?? ownSearch;
  const setSearch = (text: string) => {
    setOwnSearch(text);
    onSearchChange?.(text);
  };
  const choose = (input: HTMLInputElement) => {
    const match = chosen(input, props);
    if (!match) return;
    if (match.value !== props.value) props.onChange?.(match.value, match);
    else setSearch(match.label);
  };
  return (
    <Select
      searchable
      selectFirstOptionOnChange
      // Tabbing through a form does not open every list over the fields below; a click, typing or
      // Arrow down does.
      openOnFocus={false}
      nothingFoundMessage={t('select.nothingFound')}
      // Choosing the chosen option again keeps it (Enter twice must not empty the field); clearing is
      // done by emptying the text.
      allowDeselect={false}
      {...props}
      searchValue={search}
      onSearchChange={setSearch}
      // What is typed replaces the current choice rather than being added to its label ("NoneN4").
      onFocus={(event) => {
        event.currentTarget.select();
        onFocus?.(event);
      }}
      onKeyDown={(event) => {
        onKeyDown?.(event);
        if (event.key !== 'Enter') return;
        event.preventDefault();
        choose(event.currentTarget);
      }}
      onBlur={(event) => {
        choose(event.currentTarget);
        onBlur?.(event);
      }}
    />
  );
}

export function SearchableMultiSelect({ onKeyDown, ...props }: MultiSelectProps) {
  const { t } = useTranslation();
  return (
    <MultiSelect
      searchable
      selectFirstOptionOnChange
      openOnFocus={false}
      filter={rankedFilter}
      nothingFoundMessage={t('select.nothingFound')}
      {...props}
      onKeyDown={(event) => {
        onKeyDown?.(event);
        if (event.key === 'Enter') event.preventDefault();
      }}
    />
  );
}
