// Someone else saved the record while this person was editing it. Nothing typed is thrown away: the
// person's edits are listed beside what is saved now, and they choose to keep theirs (and save over
// the newer version) or to take the saved record.
import { Alert, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface StaleRow {
  field: string;
  mine: string;
  saved: string;
}

interface Props {
  rows: StaleRow[];
  onKeepMine: () => void;
  onTakeSaved: () => void;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The person's edits (their values that differ from what they started from) that differ from what is
 * saved now, as text: what they would lose by taking the saved version, or overwrite by keeping theirs.
 */
export function staleRows<V extends Record<string, unknown>>(
  edits: { mine: V; base: V; saved: V },
  label: (field: string) => string,
  show: (field: string, value: unknown) => string = (_f, v) => (v === null || v === undefined ? '' : String(v)),
): StaleRow[] {
  const { mine, base, saved } = edits;
  return Object.keys(mine)
    .filter((k) => !same(mine[k], base[k]) && !same(mine[k], saved[k]))
    .map((k) => ({ field: label(k), mine: show(k, mine[k]), saved: show(k, saved[k]) }));
}

/** Keeping the person's edits: their changed fields over the saved record, everyone else's changes kept. */
export function keepMine<V extends Record<string, unknown>>({ mine, base, saved }: { mine: V; base: V; saved: V }): V {
  const out = { ...saved };
  for (const k of Object.keys(mine) as (keyof V)[]) if (!same(mine[k], base[k])) out[k] = mine[k];
  return out;
}

export function StaleChanges({ rows, onKeepMine, onTakeSaved }: Props) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" c="dark.7" title={t('stale.title')} data-testid="stale-alert">
      <Text size="sm" mb="xs">
        {rows.length > 0 ? t('stale.text') : t('stale.same')}
      </Text>
      {rows.length > 0 && (
        <Table withTableBorder fz="sm" mb="xs" data-testid="stale-changes">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('stale.field')}</Table.Th>
              <Table.Th>{t('stale.mine')}</Table.Th>
              <Table.Th>{t('stale.saved')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.field}>
                <Table.Td>{r.field}</Table.Td>
                <Table.Td>{r.mine || '—'}</Table.Td>
                <Table.Td>{r.saved || '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group gap="xs">
        <Button size="xs" color="red.9" onClick={onKeepMine}>
          {t('stale.keepMine')}
        </Button>
        <Button size="xs" variant="default" onClick={onTakeSaved}>
          {t('stale.takeSaved')}
        </Button>
      </Group>
    </Alert>
  );
}
