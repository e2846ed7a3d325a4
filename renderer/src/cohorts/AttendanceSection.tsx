// Attendance of the introductory month: the legend and keys, how saving is going, and the grid with
// a "mark all present" per session that fills in the trainees taking part who have no mark yet.
import { Alert, Badge, Button, CloseButton, Group, Kbd, Loader, Paper, Text, Title, Tooltip } from '@mantine/core';
import { IconChecks } from '@tabler/icons-react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../shared/cohorts/schema';
import { AttendanceGrid, isParticipant } from './AttendanceGrid';
import { KEY_OF, MARK_ORDER, type Mark } from './marks';
import { useHolidayName } from './plan/days';
import type { CohortGrid, GridTrainee } from './queries';
import { useAttendanceSaver } from './useAttendanceSaver';

export function AttendanceSection({ grid }: { grid: CohortGrid }) {
  const { t } = useTranslation();
  const saver = useAttendanceSaver(grid.cohort.fiscalYear);
  const { sessions, trainees } = grid;
  const { save } = saver;

  const onSet = useCallback(
    (trainee: GridTrainee, col: number, mark: Mark) => {
      const session = sessions[col];
      if (!session) return;
      save(session.id, [{ traineeId: trainee.id, mark }], `${trainee.fullName} · ${session.date} ${session.title}`);
    },
    [sessions, save],
  );

  /** Everyone taking part who has no mark for the session yet; marks already set are kept. */
  const unmarked = (col: number) => trainees.filter((tr) => isParticipant(tr.status) && !tr.cells[col]?.mark);
  const markAllPresent = (session: Session, col: number) =>
    save(
      session.id,
      unmarked(col).map((tr) => ({ traineeId: tr.id, mark: 'present' })),
      `${session.date} ${session.title}`,
    );

  const holidayOf = useHolidayName();
  const header = (s: Session, col: number) => {
    const left = unmarked(col).length;
    return (
      <>
        <div className="att-session-date">{s.date.slice(5)}</div>
        {holidayOf(s.date) && (
          <Tooltip label={holidayOf(s.date)} openDelay={300}>
            <Badge size="xs" variant="light" color="grape" tt="none" maw="100%" data-testid="attendance-holiday">
              {holidayOf(s.date)}
            </Badge>
          </Tooltip>
        )}
        <Tooltip label={`${s.date} ${s.title}`} openDelay={300}>
          <span className="att-session-title">{s.title}</span>
        </Tooltip>
        <Tooltip label={t('attendance.allPresentHint')} openDelay={300} multiline w={240}>
          <Button
            size="compact-xs"
            variant="subtle"
            mt={2}
            disabled={left === 0}
            leftSection={<IconChecks size={12} aria-hidden />}
            aria-label={t('attendance.allPresentFor', { session: `${s.date} ${s.title}`, count: left })}
            onClick={() => markAllPresent(s, col)}
          >
            {t('attendance.allPresent')}
          </Button>
        </Tooltip>
      </>
    );
  };

  const status = saver.pending > 0 ? 'saving' : saver.failure ? 'failed' : saver.saved > 0 ? 'saved' : 'idle';
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="attendance-title">
      <Group justify="space-between" align="flex-start" mb="xs">
        <Title order={2} size="h4" id="attendance-title">
          {t('attendance.title')}
        </Title>
        <Group gap={6} aria-live="polite" data-testid="attendance-status" data-state={status}>
          {status === 'saving' && <Loader size="xs" aria-hidden />}
          {status === 'saving' && <Text size="sm">{t('attendance.saving', { count: saver.pending })}</Text>}
          {status === 'saved' && (
            <Text size="sm" c="teal.9">
              {t('attendance.saved')}
            </Text>
          )}
        </Group>
      </Group>
      <Group gap="md" mb="xs" wrap="wrap">
        {MARK_ORDER.map((m) => (
          <Group key={m} gap={4}>
            <span className="att-cell att-legend" data-mark={m} aria-hidden>
              {t(`attendance.short.${m}`)}
            </span>
            <Text size="sm">{t(`attendance.mark.${m}`)}</Text>
          </Group>
        ))}
        <Text size="xs" c="dimmed">
          {t('attendance.keys1')} <Kbd size="xs">{KEY_OF.present}</Kbd> <Kbd size="xs">{KEY_OF.late}</Kbd>{' '}
          <Kbd size="xs">{KEY_OF.excused}</Kbd> <Kbd size="xs">{KEY_OF.absent}</Kbd> {t('attendance.keys2')}
        </Text>
      </Group>
      <Text size="xs" mb="sm">
        {t('attendance.rule')}
      </Text>
      {saver.failure && (
        <Alert color="red" role="alert" mb="sm" data-testid="attendance-error">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Text size="sm">{saver.failure}</Text>
            <CloseButton size="sm" aria-label={t('attendance.dismiss')} onClick={saver.dismissFailure} />
          </Group>
        </Alert>
      )}
      {sessions.length === 0 || trainees.length === 0 ? (
        <Text size="sm" data-testid="attendance-empty">
          {sessions.length === 0 ? t('attendance.noSessions') : t('attendance.noTrainees')}
        </Text>
      ) : (
        <AttendanceGrid
          trainees={trainees}
          sessions={sessions}
          labelledBy="attendance-title"
          header={header}
          onSet={onSet}
        />
      )}
    </Paper>
  );
}
