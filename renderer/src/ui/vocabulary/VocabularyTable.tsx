// The table every editable vocabulary in Settings shares (fields of training, countries, fields of
// expertise): its own columns, then an "active" switch and an edit button per row, and an add
// button below. Nothing is deleted: records point at these entries, so they are deactivated.
import { Button, Group, Switch, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface VocabularyColumn<T> {
  head: ReactNode;
  cell: (row: T) => ReactNode;
  /** Table.Td props: lang="ja" for Japanese names, ta="right" for counts, ff="monospace" for codes. */
  props?: { lang?: string; ta?: 'right'; ff?: string };
}

export interface VocabularyTableProps<T extends { nameEn: string; active: boolean }> {
  rows: T[];
  rowKey: (row: T) => string | number;
  columns: VocabularyColumn<T>[];
  testId: string;
  rowTestId?: string;
  onActive: (row: T, active: boolean) => void;
  /** The edit button's words, and its accessible name naming the row. */
  edit: { text: string; label: (row: T) => string; onClick: (row: T) => void };
  add: { text: string; onClick: () => void };
}

export function VocabularyTable<T extends { nameEn: string; active: boolean }>(props: VocabularyTableProps<T>) {
  const { t } = useTranslation();
  const { rows, columns, edit, add } = props;
  return (
    <>
      <Table striped withTableBorder verticalSpacing="xs" data-testid={props.testId}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed for the table's life
              <Table.Th key={i} ta={c.props?.ta}>
                {c.head}
              </Table.Th>
            ))}
            <Table.Th>{t('settings.active')}</Table.Th>
            <Table.Th>
              <Text span size="sm" fw={700}>
                {t('settings.actions')}
              </Text>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={props.rowKey(row)} data-testid={props.rowTestId}>
              {columns.map((c, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed for the table's life
                <Table.Td key={i} {...c.props}>
                  {c.cell(row)}
                </Table.Td>
              ))}
              <Table.Td>
                <Switch
                  checked={row.active}
                  aria-label={t('settings.activeFor', { name: row.nameEn })}
                  onChange={(e) => props.onActive(row, e.currentTarget.checked)}
                />
              </Table.Td>
              <Table.Td>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  aria-label={edit.label(row)}
                  onClick={() => edit.onClick(row)}
                >
                  {edit.text}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group mt="sm">
        <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={add.onClick}>
          {add.text}
        </Button>
      </Group>
    </>
  );
}
