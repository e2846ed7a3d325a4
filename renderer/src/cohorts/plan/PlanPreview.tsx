// The plan before it is saved: the holidays skipped (with what would have fallen on them), copied
// sessions that do not fit, and one editable row per session, marked where the day already has one.
import { ActionIcon, Alert, Badge, List, Stack, Table, Text, TextInput, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconBeach, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { holidayName } from '../../../../shared/calendar/holidays';
import type { PlannedSession, SkippedHoliday } from '../../../../shared/cohorts/plan';
import { useLang } from '../../i18n/format';
import { DateField } from '../../ui/forms/DateField';
import { useDayLabel, useHolidayName } from './days';

export interface PreviewRow extends PlannedSession {
  key: number;
}

interface Props {
  rows: PreviewRow[];
  holidays: SkippedHoliday[];
  beyond: PlannedSession[];
  /** Titles of the sessions saved already, by date. */
  taken: Map<string, string[]>;
  onChange: (rows: PreviewRow[]) => void;
}

export function PlanPreview({ rows, holidays, beyond, taken, onChange }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const day = useDayLabel();
  const holidayOf = useHolidayName();
  const edit = (key: number, patch: Partial<PlannedSession>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  return (
    <Stack gap="sm">
      {holidays.length > 0 && (
        <Alert color="grape" variant="light" icon={<IconBeach size={18} aria-hidden />} data-testid="plan-holidays">
          <Text size="sm" fw={600} mb={4}>
            {t('plan.holidaysTitle', { count: holidays.length })}
          </Text>
          <List size="sm" spacing={2}>
            {holidays.map((h) => (
              <List.Item key={h.holiday.date} data-testid="plan-holiday" data-date={h.holiday.date}>
                <Text span size="sm" fw={600}>
                  {day(h.holiday.date)} {holidayName(h.holiday, lang)}
                </Text>
                {' — '}
                {h.titles.length > 0
                  ? t('plan.skippedSessions', { count: h.titles.length, titles: h.titles.join(', ') })
                  : t('plan.nothingThatDay')}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {beyond.length > 0 && (
        <Alert color="yellow" c="dark.7" data-testid="plan-beyond">
          {t('plan.beyond', { count: beyond.length, titles: beyond.map((b) => b.title).join(', ') })}
        </Alert>
      )}
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="plan-empty">
          {t('plan.emptyPreview')}
        </Text>
      ) : (
        <Table verticalSpacing={4} data-testid="plan-preview" aria-label={t('plan.previewTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={210}>{t('cohorts.field.date')}</Table.Th>
              <Table.Th>{t('cohorts.field.title')}</Table.Th>
              <Table.Th w={170}>{t('cohorts.field.venue')}</Table.Th>
              <Table.Th>{t('cohorts.field.topic')}</Table.Th>
              <Table.Th w={44}>
                <VisuallyHidden>{t('sessions.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, i) => {
              const others = taken.get(r.date) ?? [];
              const holiday = holidayOf(r.date);
              return (
                <Table.Tr key={r.key} data-testid="plan-row" data-date={r.date}>
                  <Table.Td style={{ verticalAlign: 'top' }}>
                    <DateField
                      size="xs"
                      aria-label={t('plan.dateOf', { n: i + 1 })}
                      value={r.date}
                      onChange={(v) => edit(r.key, { date: v ?? '' })}
                    />
                    {/* DateField says the date back in words, weekday included. */}
                    {holiday && (
                      <Badge size="sm" variant="light" color="grape" tt="none" data-testid="plan-row-holiday">
                        {holiday}
                      </Badge>
                    )}
                    {others.length > 0 && (
                      <Tooltip label={others.join(', ')} multiline w={260}>
                        <Badge
                          size="sm"
                          variant="light"
                          color="orange"
                          c="dark.7"
                          tt="none"
                          data-testid="plan-collision"
                        >
                          {t('plan.collides', { count: others.length })}
                        </Badge>
                      </Tooltip>
                    )}
                  </Table.Td>
                  <Table.Td style={{ verticalAlign: 'top' }}>
                    <TextInput
                      size="xs"
                      aria-label={t('plan.titleOf', { n: i + 1 })}
                      value={r.title}
                      error={r.title.trim() === '' ? t('plan.titleNeeded') : undefined}
                      onChange={(e) => edit(r.key, { title: e.currentTarget.value })}
                    />
                  </Table.Td>
                  <Table.Td style={{ verticalAlign: 'top' }}>
                    <TextInput
                      size="xs"
                      aria-label={t('plan.venueOf', { n: i + 1 })}
                      value={r.venue ?? ''}
                      onChange={(e) => edit(r.key, { venue: e.currentTarget.value })}
                    />
                  </Table.Td>
                  <Table.Td style={{ verticalAlign: 'top' }}>
                    <TextInput
                      size="xs"
                      aria-label={t('plan.topicOf', { n: i + 1 })}
                      value={r.topic ?? ''}
                      onChange={(e) => edit(r.key, { topic: e.currentTarget.value })}
                    />
                  </Table.Td>
                  <Table.Td style={{ verticalAlign: 'top' }}>
                    <Tooltip label={t('plan.removeRow')}>
                      <ActionIcon
                        variant="subtle"
                        color="red.8"
                        aria-label={t('plan.removeRowFor', { n: i + 1, title: r.title })}
                        onClick={() => onChange(rows.filter((x) => x.key !== r.key))}
                      >
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
