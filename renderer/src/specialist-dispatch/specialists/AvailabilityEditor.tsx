// The periods a specialist said they are free: rows of first day, last day and a note, added and
// removed one by one. Matching compares a request's wished period against these.
import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../ui/forms/DateField';
import type { AvailabilityValues } from './specialistValues';

type Field = (
  key: string,
  short?: string,
) => {
  id: string;
  label: string;
  value: unknown;
  onChange: (value: unknown) => void;
  error: string | undefined;
};

interface Props {
  rows: AvailabilityValues[];
  field: Field;
  onAdd: () => void;
  onRemove: (index: number) => void;
}

export function AvailabilityEditor({ rows, field, onAdd, onRemove }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('dispatch.specialists.noAvailability')}
        </Text>
      )}
      {rows.map((row, i) => {
        const date = (part: 'start' | 'end') => {
          const f = field(`availability.${i}.${part}`, t(`dispatch.specialists.field.${part}`));
          return {
            ...f,
            value: (f.value as string | null) ?? null,
            onChange: f.onChange as (v: string | null) => void,
          };
        };
        const note = field(`availability.${i}.note`, t('dispatch.specialists.field.note'));
        return (
          <Group key={row.key} align="flex-start" gap="sm" wrap="nowrap" data-testid="availability-row">
            <DateField {...date('start')} withAsterisk w={170} />
            <DateField {...date('end')} withAsterisk w={170} />
            <TextInput
              {...note}
              value={note.value as string}
              onChange={(e) => note.onChange(e.currentTarget.value)}
              maxLength={200}
              style={{ flex: 1 }}
            />
            <ActionIcon
              variant="subtle"
              color="red.9"
              mt={26}
              size="lg"
              aria-label={t('dispatch.specialists.removePeriod', { n: i + 1 })}
              onClick={() => onRemove(i)}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        );
      })}
      <Group>
        <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={onAdd}>
          {t('dispatch.specialists.addPeriod')}
        </Button>
      </Group>
    </Stack>
  );
}
