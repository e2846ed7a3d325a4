// "Columns": which of a list's columns show and in what order, remembered per list in this browser
// (useListColumns). A checkbox and Move up / Move down per column, all reachable by keyboard, and Reset.
import { ActionIcon, Button, Checkbox, Group, Popover, Stack } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconColumns } from '@tabler/icons-react';
import type { DataTableColumnToggle } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';

export interface ColumnsState {
  /** Every column's name as the menu lists it, by accessor. */
  labels: Record<string, string>;
  order: string[];
  setOrder: (order: string[]) => void;
  toggles: DataTableColumnToggle[];
  setToggles: (toggles: DataTableColumnToggle[]) => void;
  reset: () => void;
}

export function ColumnsMenu({ labels, order, setOrder, toggles, setToggles, reset }: ColumnsState) {
  const { t } = useTranslation();
  const shown = (accessor: string) => toggles.find((c) => c.accessor === accessor)?.toggled ?? true;
  const visibleCount = order.filter(shown).length;
  const names = order.filter((a) => a in labels);
  const move = (accessor: string, by: -1 | 1) => {
    const next = [...order];
    const from = next.indexOf(accessor);
    const to = from + by;
    if (from < 0 || to < 0 || to >= next.length) return;
    [next[from], next[to]] = [next[to] as string, next[from] as string];
    setOrder(next);
  };
  const toggle = (accessor: string, toggled: boolean) =>
    setToggles(toggles.map((c) => (c.accessor === accessor ? { ...c, toggled } : c)));
  return (
    <Popover position="top-end" shadow="md" withinPortal trapFocus>
      <Popover.Target>
        <Button variant="default" size="compact-sm" leftSection={<IconColumns size={14} aria-hidden />}>
          {t('listView.columns')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={4} role="group" aria-label={t('listView.columns')} data-testid="columns-menu">
          {names.map((accessor, i) => (
            <Group key={accessor} gap="xs" justify="space-between" wrap="nowrap">
              <Checkbox
                size="xs"
                label={labels[accessor]}
                checked={shown(accessor)}
                // The last column shown stays: a table with no columns helps nobody.
                disabled={shown(accessor) && visibleCount <= 1}
                onChange={(e) => toggle(accessor, e.currentTarget.checked)}
              />
              <Group gap={2} wrap="nowrap">
                <ActionIcon
                  variant="subtle"
                  size="sm"
                  disabled={i === 0}
                  aria-label={t('listView.moveUp', { column: labels[accessor] })}
                  onClick={() => move(accessor, -1)}
                >
                  <IconArrowUp size={14} aria-hidden />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  size="sm"
                  disabled={i === names.length - 1}
                  aria-label={t('listView.moveDown', { column: labels[accessor] })}
                  onClick={() => move(accessor, 1)}
                >
                  <IconArrowDown size={14} aria-hidden />
                </ActionIcon>
              </Group>
            </Group>
          ))}
          <Button variant="subtle" size="compact-sm" mt={4} onClick={reset}>
            {t('listView.reset')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
