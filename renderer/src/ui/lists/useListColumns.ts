// A list's columns as the person arranged them (ColumnsMenu): shown or hidden, in their order, kept
// under the list's own name (mantine-datatable's useDataTableColumns, in localStorage). Without a
// name the columns are used as the list defines them.
import type { DataTableColumn } from 'mantine-datatable';
import { useDataTableColumns } from 'mantine-datatable';
import { isValidElement, useMemo } from 'react';
import type { ColumnsState } from './ColumnsMenu';

/** A column's name for the menu: its title when plain text, else the label of its sort button (SortHeader). */
function columnLabel<T>(column: DataTableColumn<T>): string {
  const { title, accessor } = column;
  if (typeof title === 'string') return title;
  if (isValidElement<{ label?: unknown }>(title) && typeof title.props.label === 'string') return title.props.label;
  return String(accessor);
}

export function useListColumns<T>(
  name: string | undefined,
  columns: DataTableColumn<T>[],
): { columns: DataTableColumn<T>[]; menu: ColumnsState | null } {
  const storeKey = name ? `clair-desk.columns.${name}` : undefined;
  // The columns are arranged in the menu only: mantine-datatable's header handles (drag, hide) would
  // crowd every heading and cannot be reached by keyboard.
  const state = useDataTableColumns<T>({
    key: storeKey,
    columns,
    // Read before the first render: the rows are laid out once, in the remembered columns.
    getInitialValueInEffect: false,
  });
  const labels = useMemo(() => Object.fromEntries(columns.map((c) => [String(c.accessor), columnLabel(c)])), [columns]);
  const menu: ColumnsState | null = name
    ? {
        labels,
        order: state.columnsOrder,
        setOrder: state.setColumnsOrder,
        toggles: state.columnsToggle,
        setToggles: state.setColumnsToggle,
        reset: () => {
          state.resetColumnsOrder();
          state.resetColumnsToggle();
        },
      }
    : null;
  return { columns: name ? state.effectiveColumns : columns, menu };
}
