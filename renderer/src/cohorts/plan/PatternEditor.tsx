// The weekly pattern: for each day of the week, none or several sessions (title, venue, topic) that
// repeat every week of the intro period. A row with no title plans nothing.
import { ActionIcon, Button, Group, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { WEEK, type Weekday } from '../../../../shared/cohorts/plan';
import { useLang } from '../../i18n/format';
import { weekdayName } from './days';

export interface PatternEntry {
  key: number;
  title: string;
  venue: string;
  topic: string;
}
export type PatternState = Record<Weekday, PatternEntry[]>;

/** A session's fields in the pattern, with the share of the row each takes. */
const FIELDS = [
  ['title', 3],
  ['venue', 2],
  ['topic', 3],
] as const;

let nextKey = 1;
export const blankEntry = (): PatternEntry => ({ key: nextKey++, title: '', venue: '', topic: '' });

/** Monday to Friday with one empty session each, the weekend empty: the usual timetable's shape. */
export function startingPattern(): PatternState {
  return {
    1: [blankEntry()],
    2: [blankEntry()],
    3: [blankEntry()],
    4: [blankEntry()],
    5: [blankEntry()],
    6: [],
    0: [],
  };
}

interface Props {
  value: PatternState;
  onChange: (next: PatternState) => void;
}

export function PatternEditor({ value, onChange }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const setDay = (day: Weekday, entries: PatternEntry[]) => onChange({ ...value, [day]: entries });
  const edit = (day: Weekday, key: number, field: 'title' | 'venue' | 'topic', text: string) =>
    setDay(
      day,
      value[day].map((e) => (e.key === key ? { ...e, [field]: text } : e)),
    );

  return (
    <Table verticalSpacing={6} data-testid="plan-pattern" aria-label={t('plan.patternTitle')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={110}>{t('plan.weekday')}</Table.Th>
          <Table.Th>{t('plan.sessionsThatDay')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {WEEK.map((day) => {
          const name = weekdayName(day, lang, true);
          return (
            <Table.Tr key={day} data-testid="plan-day" data-day={day}>
              <Table.Th scope="row" fw={600} style={{ verticalAlign: 'top', paddingTop: 12 }}>
                {name}
              </Table.Th>
              <Table.Td>
                <Stack gap={6}>
                  {value[day].length === 0 && (
                    <Text size="sm" c="dimmed">
                      {t('plan.noSessions')}
                    </Text>
                  )}
                  {value[day].map((e, i) => (
                    <Group key={e.key} gap="xs" wrap="nowrap" align="flex-start">
                      {FIELDS.map(([field, flex]) => (
                        <TextInput
                          key={field}
                          size="xs"
                          flex={flex}
                          placeholder={t(`cohorts.field.${field}`)}
                          aria-label={t(`plan.${field}For`, { day: name, n: i + 1 })}
                          value={e[field]}
                          onChange={(ev) => edit(day, e.key, field, ev.currentTarget.value)}
                        />
                      ))}
                      <Tooltip label={t('plan.removeEntry')}>
                        <ActionIcon
                          variant="subtle"
                          color="gray.7"
                          aria-label={t('plan.removeEntryFor', { day: name, n: i + 1 })}
                          onClick={() =>
                            setDay(
                              day,
                              value[day].filter((x) => x.key !== e.key),
                            )
                          }
                        >
                          <IconX size={14} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  ))}
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    w="fit-content"
                    leftSection={<IconPlus size={12} aria-hidden />}
                    onClick={() => setDay(day, [...value[day], blankEntry()])}
                  >
                    {t('plan.addOn', { day: name })}
                  </Button>
                </Stack>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
