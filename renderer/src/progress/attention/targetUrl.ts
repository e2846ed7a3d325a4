// Where a due item's link goes: the app route of the screen its target names, with what that screen
// opens in the query (ProgressTab reads new, placement, month and stage; TraineeForm reads focus).
import type { AttentionTarget } from '../../../../shared/progress/schema';

export function targetUrl(target: AttentionTarget): string {
  if (target.screen === 'trainee-edit') return `/trainees/${target.traineeId}/edit?focus=${target.focus}`;
  if (target.screen === 'timeline') return `/timeline/${target.fiscalYear}?q=${encodeURIComponent(target.traineeRef)}`;
  const progress = `/trainees/${target.traineeId}?tab=progress`;
  const entry = target.newEntry;
  if (entry.kind === 'monthly_report') {
    return `${progress}&new=monthly_report&placement=${entry.placementId}&month=${entry.month}`;
  }
  return `${progress}&new=evaluation&stage=${entry.stage}`;
}
