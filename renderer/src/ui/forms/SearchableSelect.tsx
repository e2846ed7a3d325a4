// A select people can type into. Typing highlights the first match, so Enter (or Tab) chooses it; if
// nothing is highlighted yet (a fast typist, a pasted word), Enter still chooses the first match. Enter
// never submits the form around it, whether or not anything matched.
import {
  type ComboboxData,
  type ComboboxItem,
  MultiSelect,
  type MultiSelectProps,
  Select,
  type SelectProps,
} from '@mantine/core';

/** The options as a flat list, whatever shape the data was given in (strings, items, groups). */
export function flatOptions(data: ComboboxData | undefined): ComboboxItem[] {
  const out: ComboboxItem[] = [];
  for (const entry of data ?? []) {
    if (typeof entry === 'string') out.push({ value: entry, label: entry });
    else if ('group' in entry) out.push(...flatOptions(entry.items as ComboboxData));
    else out.push(entry as ComboboxItem);
  }
  return out;
}

/**
 * The first option that matches the typed text, not disabled: by the select's own `filter` where it has
 * one (a prefecture typed in either language), else as Mantine's own filter does (the label contains it).
 */
export function firstMatch(
  data: ComboboxData | undefined,
  typed: string,
  filter?: SelectProps['filter'],
): ComboboxItem | null {
  const text = typed.trim().toLowerCase();
  if (!text) return null;
  const options = flatOptions(data).filter((o) => !o.disabled);
  if (filter) {
    const found = filter({ options, search: typed.trim(), limit: options.length });
    return flatOptions(found as ComboboxData)[0] ?? null;
  }
  return options.find((o) => o.label.toLowerCase().includes(text)) ?? null;
}

const highlighted = (input: HTMLInputElement) => Boolean(input.getAttribute('aria-activedescendant'));

/**
 * Tab (leaving the select) after typing chooses the highlighted option, else the first match. Mantine's
 * own autoSelectOnBlur is not used: after a choice it highlights the list's first option again (the
 * search text changed to the chosen label), so leaving the field would replace the choice with it.
 */
function chooseOnBlur(input: HTMLInputElement, props: SelectProps) {
  const typed = input.value;
  const options = flatOptions(props.data);
  const current = options.find((o) => o.value === props.value);
  if (typed.trim() === '' || typed === current?.label) return; // nothing typed since the last choice
  const id = input.getAttribute('aria-activedescendant');
  const active = id ? document.getElementById(id)?.getAttribute('value') : null;
  const match = options.find((o) => o.value === active && !o.disabled) ?? firstMatch(props.data, typed, props.filter);
  if (match && match.value !== props.value) props.onChange?.(match.value, match);
}

export function SearchableSelect({ onKeyDown, onBlur, ...props }: SelectProps) {
  return (
    <Select
      searchable
      selectFirstOptionOnChange
      // Choosing the chosen option again keeps it (Enter twice must not empty the field); clearing is
      // done by emptying the text.
      allowDeselect={false}
      {...props}
      onKeyDown={(event) => {
        onKeyDown?.(event);
        if (event.key !== 'Enter') return;
        event.preventDefault();
        if (highlighted(event.currentTarget)) return; // Mantine chooses the highlighted option itself
        const match = firstMatch(props.data, event.currentTarget.value, props.filter);
        if (match && match.value !== props.value) props.onChange?.(match.value, match);
      }}
      onBlur={(event) => {
        chooseOnBlur(event.currentTarget, props);
        onBlur?.(event);
      }}
    />
  );
}

export function SearchableMultiSelect({ onKeyDown, ...props }: MultiSelectProps) {
  return (
    <MultiSelect
      searchable
      selectFirstOptionOnChange
      {...props}
      onKeyDown={(event) => {
        onKeyDown?.(event);
        if (event.key === 'Enter') event.preventDefault();
      }}
    />
  );
}
