// Saving attendance: the grid shows a mark the moment it is set, the calls go to the core one after
// another (so two quick changes to a cell arrive in order), and a refused change is put back and said.
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Completion } from '../../../shared/cohorts/schema';
import { api } from '../api/client';
import { cohortErrorText } from './issues';
import type { Mark } from './marks';
import { type CohortGrid, cohortKeys } from './queries';

export interface MarkChange {
  traineeId: number;
  mark: Mark;
}

export function useAttendanceSaver(fiscalYear: number) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const key = cohortKeys.grid(fiscalYear);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const pendingRef = useRef(0);
  const [pending, setPending] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState(0);

  /** Writes marks (and a trainee's new completion) into the cached grid. */
  const patch = (sessionId: number, marks: Map<number, Mark>, completion?: { id: number; value: Completion }) =>
    client.setQueryData<CohortGrid>(key, (grid) => {
      const col = grid?.sessions.findIndex((s) => s.id === sessionId) ?? -1;
      if (!grid || col < 0) return grid;
      const trainees = grid.trainees.map((tr) => {
        const mark = marks.get(tr.id);
        if (mark === undefined && completion?.id !== tr.id) return tr;
        const cells =
          mark === undefined
            ? tr.cells
            : tr.cells.map((c, i) => (i === col ? { mark, note: mark ? c.note : null } : c));
        return { ...tr, cells, completion: completion?.id === tr.id ? completion.value : tr.completion };
      });
      return { ...grid, trainees };
    });

  const save = (sessionId: number, changes: MarkChange[], what: string) => {
    const grid = client.getQueryData<CohortGrid>(key);
    const col = grid?.sessions.findIndex((s) => s.id === sessionId) ?? -1;
    if (!grid || col < 0 || changes.length === 0) return;
    const before = new Map(
      changes.map((c) => [c.traineeId, grid.trainees.find((tr) => tr.id === c.traineeId)?.cells[col]?.mark ?? null]),
    );
    // A refetch already on its way would bring back the old marks over the new ones.
    void client.cancelQueries({ queryKey: key });
    patch(sessionId, new Map(changes.map((c) => [c.traineeId, c.mark])));
    pendingRef.current += 1;
    setPending(pendingRef.current);
    setFailure(null);

    queue.current = queue.current.then(async () => {
      try {
        const [one] = changes;
        if (changes.length === 1 && one) {
          const done = await api().call('cohorts.attendance.set', {
            sessionId,
            traineeId: one.traineeId,
            mark: one.mark,
          });
          patch(sessionId, new Map(), { id: one.traineeId, value: done.completion });
        } else {
          await api().call('cohorts.attendance.setMany', { sessionId, marks: changes });
        }
        setSaved((n) => n + 1);
      } catch (error) {
        patch(sessionId, before);
        setFailure(t('attendance.failed', { what, reason: cohortErrorText(t, error) }));
      } finally {
        pendingRef.current -= 1;
        setPending(pendingRef.current);
        // Once everything is saved, fetch the summary, counts and completion the core derives.
        if (pendingRef.current === 0) await client.invalidateQueries({ queryKey: cohortKeys.all });
      }
    });
  };

  return { save, pending, failure, saved, dismissFailure: () => setFailure(null) };
}
