// Test helper (not app code): one of every kind of change the app records, on a test core, so the
// audit tests can check every entity and action the log holds (labels, links, field names).

import { photoInput } from '../../../../tests/support/images';
import type { TestCore } from '../../../../tests/support/test-core';
import { traineeInput } from '../../../../tests/support/test-core';
import { csvFile, FILE_HEADER, hostData } from '../../hosts/__tests__/arbitraries';

const PDF = Buffer.from('%PDF-1.7\nhello').toString('base64');

export interface Scenario {
  trainee: number;
  host: number;
  placement: number;
  entry: number;
  session: number;
  removedSession: number;
  field: number;
}

/** Runs every kind of change once (and a second trainee that stays untouched). */
export function runScenario(t: TestCore): Scenario {
  t.ok('settings.update', { staffName: 'Tanaka Yuki' });
  const field = t.ok('reference.fields.create', { nameEn: 'Disaster prevention', nameJa: '防災' }).id;
  t.ok('reference.fields.update', { id: field, data: { nameEn: 'Disaster risk reduction', nameJa: '防災' } });
  t.ok('reference.countries.save', { code: 'TL', nameEn: 'Timor-Leste', nameJa: '東ティモール民主共和国' });

  const created = t.ok('trainees.create', { data: traineeInput({ status: 'applicant' }), confirm: true }).trainee;
  const trainee = created.id;
  t.ok('trainees.update', {
    id: trainee,
    version: created.version,
    data: traineeInput({ status: 'applicant', notes: 'Prefers mornings', passportNumber: 'BB7654321' }),
    confirm: true,
  }).trainee;
  t.ok('trainees.photo.set', photoInput(trainee));
  t.ok('trainees.photo.remove', { id: trainee });
  const { version } = t.ok('trainees.get', { id: trainee });
  t.ok('cohorts.trainees.transition', { id: trainee, version, to: 'accepted', date: '2026-03-01', reason: null });
  t.ok('trainees.create', { data: traineeInput({ fullName: 'Aung', passportNumber: null }), confirm: true });

  const cohort = t.ok('cohorts.create', { fiscalYear: 2026, introStart: '2026-04-01' }).cohort;
  t.ok('cohorts.update', {
    fiscalYear: 2026,
    version: cohort.version,
    data: { introStart: cohort.introStart, notes: 'Spring intake' },
    confirm: true,
  });
  const session = t.ok('cohorts.sessions.create', {
    fiscalYear: 2026,
    date: '2026-04-02',
    title: 'Orientation',
  }).session;
  t.ok('cohorts.sessions.update', {
    id: session.id,
    version: session.version,
    data: { date: '2026-04-02', title: 'Orientation day', topic: null, venue: 'Room 3' },
    confirm: true,
  });
  t.ok('cohorts.attendance.set', { sessionId: session.id, traineeId: trainee, mark: 'present' });
  t.ok('cohorts.attendance.setMany', { sessionId: session.id, marks: [{ traineeId: trainee, mark: 'late' }] });
  const other = t.ok('cohorts.sessions.create', { fiscalYear: 2026, date: '2026-04-03', title: 'City tour' }).session;
  t.ok('cohorts.sessions.delete', { id: other.id, confirm: true });

  const host = t.ok('hosts.create', { data: hostData({ nameEn: 'Sapporo City', nameJa: '札幌市' }) }).host;
  t.ok('hosts.update', {
    id: host.id,
    version: host.version,
    data: hostData({ nameEn: 'Sapporo City', nameJa: '札幌市', capacity: 5 }),
  });
  t.ok('hosts.setActive', { id: host.id, active: false });
  t.ok('hosts.setActive', { id: host.id, active: true });
  const file = {
    fileName: 'hosts.csv',
    format: 'csv' as const,
    data: csvFile([FILE_HEADER, ['Otaru City', '小樽市', 'city', '1', '2']]).toString('base64'),
  };
  const preview = t.ok('hosts.import.preview', file);
  t.ok('hosts.import.commit', { ...file, decisions: preview.rows.map((r) => ({ line: r.line, action: r.action })) });

  const accept = { confirm: true, reason: 'test data' };
  const placement = t.ok('placements.create', {
    traineeId: trainee,
    hostId: host.id,
    start: '2026-05-01',
    end: '2026-09-30',
    ...accept,
  }).placement;
  const moved = t.ok('placements.update', {
    id: placement.id,
    version: placement.version,
    data: { hostId: host.id, start: '2026-05-01', end: '2026-10-31', supervisor: 'Sato', notes: null },
    ...accept,
  });

  const entry = t.ok('progress.create', {
    traineeId: trainee,
    data: { kind: 'note', date: '2026-05-10', title: 'First week', body: 'Settled in well.' },
  }).entry;
  const edited = t.ok('progress.update', {
    id: entry.id,
    version: entry.version,
    data: { kind: 'note', date: '2026-05-10', title: 'First week', body: 'Settled in very well.' },
  }).entry;
  const attachment = t.ok('progress.attachments.add', {
    entryId: entry.id,
    fileName: 'report.pdf',
    mime: 'application/pdf',
    data: PDF,
  });
  t.ok('progress.attachments.remove', { id: attachment.id });
  const deleted = t.ok('progress.delete', { id: entry.id, version: edited.version });
  t.ok('progress.restore', { id: entry.id, version: deleted.version });
  const criterion = t.ok('progress.evaluation.criteria.create', { nameEn: 'Punctuality', nameJa: '時間厳守' });
  t.ok('progress.evaluation.criteria.update', {
    id: criterion.id,
    data: { nameEn: 'Punctuality', nameJa: '時間を守る' },
  });
  const scale = t.ok('progress.evaluation.settings', {}).scale;
  t.ok('progress.evaluation.scale.save', {
    levels: scale.map((l, i) => (i === 0 ? { ...l, labelEn: 'Needs support' } : l)),
  });
  t.ok('placements.cancel', { id: placement.id, version: moved.placement.version, reason: 'Moved' });
  t.ok('trainees.archive', { id: trainee });
  t.ok('trainees.restore', { id: trainee });
  return {
    trainee,
    host: host.id,
    placement: placement.id,
    entry: entry.id,
    session: session.id,
    removedSession: other.id,
    field,
  };
}
