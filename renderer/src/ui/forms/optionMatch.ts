// How a searchable select matches what was typed: in any script and case (searchKey), ignoring spaces
// ("Viet Nam" finds Vietnam), against the label and the option's keywords (its name in the other
// language, a reading). Matches are ranked so the one highlighted first is the likeliest: an exact
// label, then a label starting with the text, then a word starting with it, then anything containing
// it. So "Male" highlights Male, not Female.
import type { ComboboxData, ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import { searchKey } from '../../../../shared/text/normalize';

/** An option with other words it answers to; Mantine passes extra keys through untouched. */
export type KeywordItem = ComboboxItem & { keywords?: string };

/** The options as a flat list, whatever shape the data was given in (strings, items, groups). */
export function flatOptions(data: ComboboxData | ComboboxParsedItem[] | undefined): KeywordItem[] {
  const out: KeywordItem[] = [];
  for (const entry of data ?? []) {
    if (typeof entry === 'string') out.push({ value: entry, label: entry });
    else if ('group' in entry) out.push(...flatOptions(entry.items as ComboboxData));
    else out.push(entry as KeywordItem);
  }
  return out;
}

const compact = (text: string) => searchKey(text).replace(/ /g, '');

/** 0 is the best match; null is no match. */
export function matchRank(option: KeywordItem, typed: string): number | null {
  const q = searchKey(typed);
  if (!q) return null;
  const label = searchKey(option.label);
  if (label === q) return 0;
  if (label.startsWith(q)) return 1;
  if (label.split(' ').some((word) => word.startsWith(q))) return 2;
  const cq = compact(q);
  if (compact(option.label).includes(cq)) return 3;
  if (option.keywords && compact(option.keywords).includes(cq)) return 4;
  return null;
}

/**
 * The matching options, best first, as one flat list: while searching, group headings would keep a
 * worse match of an earlier group above the best one. With nothing typed, the data as given.
 */
export const rankedFilter: OptionsFilter = ({ options, search, limit }) => {
  if (!searchKey(search)) return options;
  return flatOptions(options)
    .map((option, index) => ({ option, index, rank: matchRank(option, search) }))
    .filter((m) => m.rank !== null)
    .sort((a, b) => (a.rank as number) - (b.rank as number) || a.index - b.index)
    .slice(0, limit)
    .map((m) => m.option);
};

/** The option Enter or Tab should choose for the typed text: the best enabled match, or none. */
export function firstMatch(
  data: ComboboxData | undefined,
  typed: string,
  filter: OptionsFilter = rankedFilter,
): ComboboxItem | null {
  if (!searchKey(typed)) return null;
  const options = flatOptions(data).filter((o) => !o.disabled);
  return flatOptions(filter({ options, search: typed.trim(), limit: options.length }))[0] ?? null;
}
