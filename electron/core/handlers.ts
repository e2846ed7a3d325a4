// Channel → service call. Inputs arrive already parsed by the contract (see dispatch.ts).
import type { AsyncChannel, Channel, Output, ParsedInput } from '../../shared/contract';
import { auditHandlers } from './audit/handlers';
import { backupHandlers } from './backup/handlers';
import { setAttendance, setManyAttendance } from './cohorts/attendance';
import { traineeHistory, transitionTrainee } from './cohorts/lifecycle';
import { createCohort, listCohorts, updateCohort } from './cohorts/service';
import { createSession, deleteSession, updateSession } from './cohorts/sessions';
import { attendanceGrid, cohortView } from './cohorts/view';
import type { Context } from './context';
import { LATEST_SCHEMA_VERSION } from './db/migrations';
import { demoStatus, loadDemo, removeDemo } from './demo/service';
import { dispatchHandlers } from './dispatch/handlers';
import { draftsHandlers } from './drafts/handlers';
import { exportsHandlers } from './exports/handlers';
import { filesHandlers } from './files/handlers';
import { exportHosts } from './hosts/export';
import { commitImport, previewImport } from './hosts/import';
import { listHosts } from './hosts/list';
import { createHost, getHost, setHostActive, updateHost } from './hosts/service';
import { placementsForHost, placementsForTrainee } from './placements/rows';
import { cancelPlacement, checkPlacement, createPlacement, updatePlacement } from './placements/service';
import { suggestHosts } from './placements/suggest';
import { cohortTimeline } from './placements/timeline';
import { progressHandlers } from './progress/handlers';
import { recoveryHandlers } from './recovery/handlers';
import { createField, listCountries, listFields, saveCountry, updateField } from './reference/service';
import { referenceDataHandlers } from './reference-data/handlers';
import { reportsHandlers } from './reports/handlers';
import { getSettings, updateSettings } from './settings/service';
import { statisticsHandlers } from './statistics/handlers';
import { listTrainees } from './trainees/list';
import { getPhoto, removePhoto, setPhoto } from './trainees/photo';
import { createTrainee, getTrainee, setArchived, traineeFacets, updateTrainee } from './trainees/service';

export type Handlers = {
  [C in Channel]: (input: ParsedInput<C>) => C extends AsyncChannel ? Promise<Output<C>> : Output<C>;
};

export interface AppEnv {
  mode: 'electron' | 'browser';
  dataDir: string;
  version: string;
}

export function createHandlers(ctx: Context, env: AppEnv): Handlers {
  return {
    'app.info': () => ({
      name: 'CLAIR Desk',
      version: env.version,
      schemaVersion: LATEST_SCHEMA_VERSION,
      mode: env.mode,
      dataDir: env.dataDir,
    }),
    'settings.get': () => getSettings(ctx),
    'settings.update': (patch) => updateSettings(ctx, patch),
    'countries.list': () => listCountries(ctx),
    'countries.save': (input) => saveCountry(ctx, input),
    'fields.list': () => listFields(ctx),
    'fields.create': (input) => createField(ctx, input),
    'fields.update': ({ id, data }) => updateField(ctx, id, data),
    'trainees.list': (query) => listTrainees(ctx, query),
    'trainees.facets': () => traineeFacets(ctx),
    'trainees.get': ({ id }) => getTrainee(ctx, id),
    'trainees.create': (input) => createTrainee(ctx, input),
    'trainees.update': (input) => updateTrainee(ctx, input),
    'trainees.archive': ({ id }) => setArchived(ctx, id, true),
    'trainees.restore': ({ id }) => setArchived(ctx, id, false),
    'trainees.photo.get': ({ id }) => getPhoto(ctx, id),
    'trainees.photo.set': (input) => setPhoto(ctx, input),
    'trainees.photo.remove': ({ id }) => removePhoto(ctx, id),
    'trainees.transition': (input) => transitionTrainee(ctx, input),
    'trainees.history': ({ id }) => traineeHistory(ctx, id),
    'cohorts.list': () => listCohorts(ctx),
    'cohorts.get': ({ fiscalYear }) => cohortView(ctx, fiscalYear, false),
    'cohorts.create': (input) => createCohort(ctx, input),
    'cohorts.update': (input) => updateCohort(ctx, input),
    'cohorts.sessions.create': (input) => createSession(ctx, input),
    'cohorts.sessions.update': (input) => updateSession(ctx, input),
    'cohorts.sessions.delete': (input) => deleteSession(ctx, input),
    'attendance.get': ({ fiscalYear }) => attendanceGrid(ctx, fiscalYear),
    'attendance.set': (input) => setAttendance(ctx, input),
    'attendance.setMany': (input) => setManyAttendance(ctx, input),
    'demo.status': () => demoStatus(ctx),
    'demo.load': ({ trainees }) => loadDemo(ctx, trainees),
    'demo.remove': () => removeDemo(ctx),
    'hosts.list': (query) => listHosts(ctx, query),
    'hosts.get': ({ id }) => getHost(ctx, id),
    'hosts.create': (input) => createHost(ctx, input),
    'hosts.update': (input) => updateHost(ctx, input),
    'hosts.setActive': ({ id, active }) => setHostActive(ctx, id, active),
    'hosts.import.preview': (input) => previewImport(ctx, input),
    'hosts.import.commit': (input) => commitImport(ctx, input),
    'hosts.export': (input) => exportHosts(ctx, input),
    ...auditHandlers(ctx),
    'placements.check': (input) => checkPlacement(ctx, input),
    'placements.create': (input) => createPlacement(ctx, input),
    'placements.update': (input) => updatePlacement(ctx, input),
    'placements.cancel': (input) => cancelPlacement(ctx, input),
    'placements.forTrainee': ({ traineeId, includeCancelled }) =>
      placementsForTrainee(ctx, traineeId, includeCancelled),
    'placements.forHost': ({ hostId, includeCancelled }) => placementsForHost(ctx, hostId, includeCancelled),
    'placements.suggest': (input) => suggestHosts(ctx, input),
    'timeline.cohort': ({ fiscalYear }) => cohortTimeline(ctx, fiscalYear),
    ...progressHandlers(ctx),
    ...reportsHandlers(ctx),
    ...statisticsHandlers(ctx),
    ...exportsHandlers(ctx),
    ...backupHandlers(ctx),
    ...recoveryHandlers(env),
    ...filesHandlers(),
    ...dispatchHandlers(ctx),
    ...referenceDataHandlers(ctx),
    ...draftsHandlers(ctx),
  };
}
