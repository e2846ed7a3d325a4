// Channel → service call. Inputs arrive already parsed by the contract (see dispatch.ts).
import type { Channel, Output, ParsedInput } from '../../shared/contract';
import { listAudit } from './audit/audit';
import type { Context } from './context';
import { LATEST_SCHEMA_VERSION } from './db/migrations';
import { demoStatus, loadDemo, removeDemo } from './demo/service';
import { createField, listCountries, listFields, saveCountry, updateField } from './reference/service';
import { getSettings, updateSettings } from './settings/service';
import { listTrainees } from './trainees/list';
import { getPhoto, removePhoto, setPhoto } from './trainees/photo';
import { createTrainee, getTrainee, setArchived, traineeFacets, updateTrainee } from './trainees/service';

export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => Output<C> };

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
    'demo.status': () => demoStatus(ctx),
    'demo.load': ({ trainees }) => loadDemo(ctx, trainees),
    'demo.remove': () => removeDemo(ctx),
    'audit.list': (query) => listAudit(ctx, query),
  };
}
