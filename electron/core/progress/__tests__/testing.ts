// Test helper (not app code): a core whose clock reads mid-September 2026, a trainee with two live
// placements (May–October at one host, November–January at another) and entry data to start from.
import type { Input } from '../../../../shared/contract';
import { openTestCore, steppingClock, type TestCore } from '../../../../tests/support/test-core';
import { addTrainee, insertHost, place } from '../../placements/__tests__/fixtures';

export const TODAY = '2026-09-15';

export interface Setup {
  t: TestCore;
  traineeId: number;
  /** May 2026 – October 2026 (six months). */
  first: number;
  /** November 2026 – January 2027 (three months). */
  second: number;
}

export function openProgressCore(): Setup {
  const t = openTestCore({ now: steppingClock(`${TODAY}T03:00:00.000Z`) });
  const traineeId = addTrainee(t, { status: 'on_placement' });
  const hostA = insertHost(t.core.db, { nameEn: 'Aoba City' });
  const hostB = insertHost(t.core.db, { nameEn: 'Midori Town' });
  const accept = { supervisor: 'Sato Yuki', notes: null, confirm: true, reason: 'test' };
  const first = place(t, { traineeId, hostId: hostA, start: '2026-05-01', end: '2026-10-31', ...accept }).id;
  const second = place(t, { traineeId, hostId: hostB, start: '2026-11-01', end: '2027-01-31', ...accept }).id;
  return { t, traineeId, first, second };
}

type Data = Input<'progress.create'>['data'];

export const report = (placementId: number, month: number, date = TODAY, extra: Partial<Data> = {}): Data => ({
  kind: 'monthly_report',
  date,
  title: `Month ${month}`,
  body: 'Worked on the tourism plan.',
  placementId,
  placementMonth: month,
  ...extra,
});

export const evaluation = (stage: 'mid_term' | 'final' | 'other', extra: Partial<Data> = {}): Data => ({
  kind: 'evaluation',
  date: TODAY,
  evaluationStage: stage,
  evaluatorRole: 'host_supervisor',
  author: 'Sato Yuki',
  ratings: [
    { criterionId: 1, score: 4, comment: 'Punctual and careful.' },
    { criterionId: 5, score: 3 },
  ],
  ...extra,
});

export const note = (extra: Partial<Data> = {}): Data => ({
  kind: 'note',
  date: TODAY,
  body: 'Called the host.',
  ...extra,
});
