// The cohort channels: cohorts and their sessions, attendance, and a trainee's lifecycle moves (the
// introductory month is where a trainee's status moves on).
import type { cohortsContract } from '../../../shared/cohorts/schema';
import type { Context } from '../context';
import type { FeatureHandlers } from '../handler-types';
import { setAttendance, setManyAttendance } from './attendance';
import { bulkAssign, bulkTransition } from './bulk';
import { traineeHistory, transitionTrainee } from './lifecycle';
import { createCohort, listCohorts, updateCohort } from './service';
import { createSession, createSessions, deleteSession, updateSession } from './sessions';
import { attendanceGrid, cohortView } from './view';

export function cohortsHandlers(ctx: Context): FeatureHandlers<typeof cohortsContract> {
  return {
    'cohorts.list': () => listCohorts(ctx),
    'cohorts.get': ({ fiscalYear }) => cohortView(ctx, fiscalYear, false),
    'cohorts.create': (input) => createCohort(ctx, input),
    'cohorts.update': (input) => updateCohort(ctx, input),
    'cohorts.sessions.create': (input) => createSession(ctx, input),
    'cohorts.sessions.createMany': (input) => createSessions(ctx, input),
    'cohorts.sessions.update': (input) => updateSession(ctx, input),
    'cohorts.sessions.delete': (input) => deleteSession(ctx, input),
    'cohorts.attendance.get': ({ fiscalYear }) => attendanceGrid(ctx, fiscalYear),
    'cohorts.attendance.set': (input) => setAttendance(ctx, input),
    'cohorts.attendance.setMany': (input) => setManyAttendance(ctx, input),
    'cohorts.trainees.transition': (input) => transitionTrainee(ctx, input),
    'cohorts.trainees.bulkTransition': (input) => bulkTransition(ctx, input),
    'cohorts.trainees.bulkAssign': (input) => bulkAssign(ctx, input),
    'cohorts.trainees.history': ({ id }) => traineeHistory(ctx, id),
  };
}
