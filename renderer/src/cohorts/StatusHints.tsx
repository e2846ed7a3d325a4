// Where the dates say a trainee's status is behind (the intro has started but they are still
// "accepted", …): the core's hints, grouped, each with a way to record the step. Never applied by itself.
import { Alert, Anchor, Button, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { addDays } from '../../../shared/cohorts/dates';
import { STATUS_HINTS } from '../../../shared/cohorts/schema';
import type { TraineeStatus } from '../../../shared/trainees/schema';
import type { CohortGrid } from './queries';
import { TransitionModal } from './TransitionModal';

type Hint = (typeof STATUS_HINTS)[number];
/** A long list would push the grid off the page; the rest is one click away. */
const SHOWN = 5;

/** The step each hint suggests, and the date it most likely happened on. */
function suggestion(hint: Hint, cohort: CohortGrid['cohort']): { to: TraineeStatus; date: string } {
  if (hint === 'intro_started') return { to: 'introductory', date: cohort.introStart };
  if (hint === 'intro_ended') return { to: 'on_placement', date: addDays(cohort.introEnd, 1) };
  return { to: 'completed', date: cohort.programmeEnd };
}

export function StatusHints({ grid }: { grid: CohortGrid }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<{ id: number; hint: Hint } | null>(null);
  const [expanded, setExpanded] = useState<Set<Hint>>(new Set());
  const groups = STATUS_HINTS.map((hint) => ({
    hint,
    trainees: grid.trainees.filter((tr) => tr.hint === hint),
  })).filter((g) => g.trainees.length > 0);
  if (groups.length === 0) return null;
  const { cohort } = grid;

  return (
    <Alert color="yellow" c="dark.7" title={t('cohorts.hints.title')} data-testid="status-hints">
      <Stack gap="sm">
        {groups.map(({ hint, trainees }) => (
          <div key={hint}>
            <Text size="sm" mb={4}>
              {t(`cohorts.hints.${hint}`, {
                count: trainees.length,
                introStart: cohort.introStart,
                introEnd: cohort.introEnd,
                programmeEnd: cohort.programmeEnd,
              })}
            </Text>
            <List size="sm" spacing={4}>
              {(expanded.has(hint) ? trainees : trainees.slice(0, SHOWN)).map((tr) => (
                <List.Item key={tr.id}>
                  <Group gap="xs">
                    <Anchor component={Link} to={`/trainees/${tr.id}`} size="sm" c="desk.9">
                      {tr.fullName} ({tr.ref})
                    </Anchor>
                    <Button
                      size="compact-xs"
                      variant="white"
                      aria-label={t('lifecycle.changeFor', { name: tr.fullName })}
                      onClick={() => setOpen({ id: tr.id, hint })}
                    >
                      {t('lifecycle.change')}
                    </Button>
                  </Group>
                </List.Item>
              ))}
            </List>
            {trainees.length > SHOWN && !expanded.has(hint) && (
              <Button
                size="compact-sm"
                variant="subtle"
                c="desk.9"
                mt={4}
                onClick={() => setExpanded((e) => new Set(e).add(hint))}
              >
                {t('cohorts.hints.more', { count: trainees.length - SHOWN })}
              </Button>
            )}
          </div>
        ))}
      </Stack>
      <TransitionModal
        traineeId={open?.id ?? 0}
        opened={open !== null}
        suggested={open ? suggestion(open.hint, cohort) : undefined}
        onClose={() => setOpen(null)}
      />
    </Alert>
  );
}
