// The sessions of the introductory month: a table with add, edit and delete. Deleting a session that
// has attendance says how many marks go with it before anything is removed.
import { ActionIcon, Badge, Button, Group, Paper, Table, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconCalendarPlus, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../shared/cohorts/schema';
import { todayIso } from '../../../shared/fiscal-year';
import { api } from '../api/client';
import { errorOf, warningText } from '../i18n/messages';
import { notifySaved, notifyText } from '../i18n/notify';
import { EmptyState } from '../ui/lists/EmptyState';
import { cohortErrorText } from './issues';
import { useHolidayName } from './plan/days';
import { IntroHolidays } from './plan/IntroHolidays';
import { PlanMonthModal } from './plan/PlanMonthModal';
import { type CohortGrid, useInvalidateCohorts } from './queries';
import { SessionFormModal } from './SessionFormModal';

export function SessionsSection({ grid }: { grid: CohortGrid }) {
  const { t } = useTranslation();
  const invalidate = useInvalidateCohorts();
  // The session by id: after someone else saved it, the form sees it as it is now.
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [planning, setPlanning] = useState(false);
  const holidayOf = useHolidayName();
  const { cohort, sessions } = grid;
  const edited = typeof editing === 'number' ? (sessions.find((s) => s.id === editing) ?? null) : null;
  const today = todayIso();

  const remove = async (session: Session, confirm: boolean) => {
    try {
      const done = await api().call('cohorts.sessions.delete', { id: session.id, confirm });
      await invalidate();
      notifySaved(t('sessions.deleted', { title: session.title, count: done.removedAttendance }));
    } catch (error) {
      const e = errorOf(error);
      // Marks were recorded since the page was loaded: ask again, with the core's count.
      if (e.code === 'needs_confirmation' && e.warnings?.length) {
        await invalidate();
        askDelete(session, e.warnings.map((w) => warningText(t, w)).join(' '));
      } else notifyText('red', t('sessions.notDeleted'), cohortErrorText(t, error));
    }
  };

  const askDelete = (session: Session, warning?: string) =>
    modals.openConfirmModal({
      title: t('sessions.deleteTitle', { title: session.title }),
      children: (
        <Text size="sm">
          {warning ??
            (session.marks > 0
              ? t('sessions.deleteWithMarks', { count: session.marks, date: session.date })
              : t('sessions.deleteText', { date: session.date }))}
        </Text>
      ),
      labels: { confirm: t('sessions.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red.9' },
      closeButtonProps: { 'aria-label': t('cohorts.close') },
      onConfirm: () => void remove(session, warning !== undefined || session.marks > 0),
    });

  const outside = (s: Session) => s.date < cohort.introStart || s.date > cohort.introEnd;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="sessions-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="sessions-title">
          {t('sessions.title')}
        </Title>
        <Group gap="xs">
          <Button
            size="sm"
            variant="default"
            leftSection={<IconCalendarPlus size={16} aria-hidden />}
            onClick={() => setPlanning(true)}
            data-testid="plan-month"
          >
            {t('plan.open')}
          </Button>
          <Button size="sm" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
            {t('sessions.add')}
          </Button>
        </Group>
      </Group>
      <IntroHolidays from={cohort.introStart} to={cohort.introEnd} />
      {sessions.length === 0 ? (
        <div data-testid="sessions-empty">
          <EmptyState
            filtered={false}
            title={t('sessions.emptyTitle')}
            text={t('sessions.empty')}
            actions={
              <Button
                variant="default"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => setEditing('new')}
              >
                {t('sessions.addFirst')}
              </Button>
            }
          />
        </div>
      ) : (
        <Table verticalSpacing="xs" striped data-testid="sessions-table" aria-labelledby="sessions-title">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={130}>{t('cohorts.field.date')}</Table.Th>
              <Table.Th>{t('cohorts.field.title')}</Table.Th>
              <Table.Th>{t('cohorts.field.venue')}</Table.Th>
              <Table.Th w={110}>{t('sessions.marks')}</Table.Th>
              <Table.Th w={90}>
                <VisuallyHidden>{t('sessions.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sessions.map((s) => (
              <Table.Tr key={s.id} data-testid="session-row" data-title={s.title}>
                <Table.Td>
                  <Text size="sm">{s.date}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <Text size="sm" fw={600}>
                      {s.title}
                    </Text>
                    {s.date > today && (
                      <Badge size="sm" variant="dot" color="gray" c="dark.7" tt="none">
                        {t('sessions.planned')}
                      </Badge>
                    )}
                    {holidayOf(s.date) && (
                      <Badge size="sm" variant="light" color="grape" tt="none" data-testid="session-holiday">
                        {t('plan.holidayBadge', { name: holidayOf(s.date) })}
                      </Badge>
                    )}
                    {outside(s) && (
                      <Badge size="sm" variant="dot" color="orange" c="dark.7" tt="none">
                        {t('sessions.outside')}
                      </Badge>
                    )}
                  </Group>
                  {s.topic && (
                    <Text size="xs" c="dimmed">
                      {s.topic}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{s.venue ?? '—'}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t('sessions.markCount', { count: s.marks })}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Tooltip label={t('sessions.edit')}>
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('sessions.editFor', { title: s.title })}
                        onClick={() => setEditing(s.id)}
                      >
                        <IconPencil size={16} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t('sessions.delete')}>
                      <ActionIcon
                        variant="subtle"
                        color="red.8"
                        aria-label={t('sessions.deleteFor', { title: s.title })}
                        onClick={() => askDelete(s)}
                      >
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <PlanMonthModal
        opened={planning}
        cohort={cohort}
        sessions={sessions}
        onClose={() => setPlanning(false)}
        onSaved={(count) => {
          setPlanning(false);
          notifySaved(t('plan.saved', { count }));
        }}
      />
      <SessionFormModal
        opened={editing === 'new' || edited !== null}
        cohort={cohort}
        sessions={sessions}
        existing={edited}
        onClose={() => setEditing(null)}
        onSaved={(session) => {
          const added = editing === 'new';
          setEditing(null);
          notifySaved(
            added ? t('sessions.added', { title: session.title }) : t('sessions.saved', { title: session.title }),
          );
        }}
      />
    </Paper>
  );
}
