// The link of each kind of target goes where the Needs-attention list has always linked.
import { expect, test } from 'vitest';
import type { NewEntryTarget } from '../../../../shared/progress/schema';
import { targetUrl } from './targetUrl';

test('a report or an evaluation opens new on the Progress tab; a document opens its field in the form', () => {
  const progress = (newEntry: NewEntryTarget) => targetUrl({ screen: 'trainee-progress', traineeId: 12, newEntry });
  expect(progress({ kind: 'monthly_report', placementId: 3, month: 2 })).toBe(
    '/trainees/12?tab=progress&new=monthly_report&placement=3&month=2',
  );
  expect(progress({ kind: 'evaluation', stage: 'mid_term' })).toBe(
    '/trainees/12?tab=progress&new=evaluation&stage=mid_term',
  );
  expect(progress({ kind: 'evaluation', stage: 'final' })).toBe('/trainees/12?tab=progress&new=evaluation&stage=final');
  expect(targetUrl({ screen: 'trainee-edit', traineeId: 12, focus: 'passportExpiry' })).toBe(
    '/trainees/12/edit?focus=passportExpiry',
  );
  expect(targetUrl({ screen: 'trainee-edit', traineeId: 12, focus: 'residenceCardExpiry' })).toBe(
    '/trainees/12/edit?focus=residenceCardExpiry',
  );
});

test('a placement conflict opens its fiscal year’s timeline filtered to the trainee', () => {
  expect(targetUrl({ screen: 'timeline', traineeId: 12, fiscalYear: 2026, traineeRef: 'FY2026 #3' })).toBe(
    '/timeline/2026?q=FY2026%20%233',
  );
});
