// A column title that sorts the list. mantine-datatable's own sortable headers turn the <th> into a
// role="button" with fixed English labels ("Not sorted"), which screen readers announce badly and
// which cannot be translated; a real button inside a normal column header avoids both.
import { Group, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface Props<S extends string> {
  label: string;
  sort: S;
  current: S;
  dir: 'asc' | 'desc';
  onSort: (sort: S, dir: 'asc' | 'desc') => void;
}

/** Generic over the list's sort keys, so every list (trainees, hosts …) uses the same header. */
export function SortHeader<S extends string>({ label, sort, current, dir, onSort }: Props<S>) {
  const { t } = useTranslation();
  const active = sort === current;
  const Icon = !active ? IconSelector : dir === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <UnstyledButton
      onClick={() => onSort(sort, active && dir === 'asc' ? 'desc' : 'asc')}
      fw={700}
      fz="sm"
      data-sort={active ? dir : undefined}
    >
      <Group gap={4} wrap="nowrap">
        {label}
        <Icon size={14} stroke={active ? 2.2 : 1.5} aria-hidden style={{ opacity: active ? 1 : 0.55 }} />
        {active && <VisuallyHidden>{dir === 'asc' ? t('list.sortedAsc') : t('list.sortedDesc')}</VisuallyHidden>}
      </Group>
    </UnstyledButton>
  );
}
