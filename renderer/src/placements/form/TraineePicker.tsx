// Choosing a trainee from a host's page: a searchable select over trainees.list (the core searches
// names in every script and references), so thousands of trainees never load at once. Typing
// highlights the first match; Enter or Tab chooses it and never submits the dialog.
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { SearchableSelect } from '../../ui/forms/SearchableSelect';
import type { TraineeRef } from './usePlacementForm';

const label = (t: { fullName: string; ref: string }) => `${t.fullName} (${t.ref})`;

export function TraineePicker({
  id,
  value,
  onChange,
}: {
  id?: string;
  value: TraineeRef | null;
  onChange: (t: TraineeRef | null) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  // Once a trainee is chosen the box shows its label; that label is not a search.
  const term = value && search === label({ fullName: value.fullName, ref: refOf(value) }) ? '' : debounced.trim();
  const list = useQuery({
    // Under the trainee feature's "trainees" prefix, so a change to a trainee refreshes the choices.
    queryKey: ['trainees', 'list', { search: term, pageSize: 20, picker: true }],
    queryFn: () => api().call('trainees.list', { search: term, pageSize: 20, sort: 'name' }),
    placeholderData: keepPreviousData,
  });
  const rows = list.data?.rows ?? [];
  const options = rows.map((r) => ({ value: String(r.id), label: label(r) }));
  if (value && !options.some((o) => o.value === String(value.id))) {
    options.unshift({ value: String(value.id), label: label({ fullName: value.fullName, ref: refOf(value) }) });
  }
  return (
    <SearchableSelect
      id={id}
      label={t('placements.field.trainee')}
      placeholder={t('placements.traineePicker.placeholder')}
      withAsterisk
      clearable
      data={options}
      value={value ? String(value.id) : null}
      onChange={(v) => {
        const row = rows.find((r) => String(r.id) === v);
        onChange(row ? { id: row.id, fullName: row.fullName, ref: row.ref } : null);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      // The core already matched the search (in any script); filtering again here would hide matches.
      filter={({ options: all }) => all}
      nothingFoundMessage={list.isFetching ? t('common.loading') : t('placements.traineePicker.nothing')}
      comboboxProps={{ withinPortal: true }}
      data-testid="trainee-picker"
    />
  );
}

const refOf = (t: TraineeRef) => t.ref ?? '';
