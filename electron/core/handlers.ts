// The hub: every feature's channels, each registered by the feature itself (<feature>/handlers.ts).
// Inputs arrive already parsed by the contract (see boundary.ts); the types are in handler-types.ts.
// The shell's channels (printing, file dialogs) have no handler here: the boundary refuses them.
import { auditHandlers } from './audit/handlers';
import { backupHandlers } from './backup/handlers';
import { cohortsHandlers } from './cohorts/handlers';
import type { Context } from './context';
import { demoHandlers } from './demo/handlers';
import { documentsHandlers, lettersHandlers } from './documents/handlers';
import { draftsHandlers } from './drafts/handlers';
import { exportsHandlers } from './exports/handlers';
import type { AppEnv, Handlers } from './handler-types';
import { hostsHandlers } from './hosts/handlers';
import { placementsHandlers } from './placements/handlers';
import { progressHandlers } from './progress/handlers';
import { recoveryHandlers } from './recovery/handlers';
import { referenceHandlers } from './reference/handlers';
import { referenceDataHandlers } from './reference-data/handlers';
import { reportsHandlers } from './reports/handlers';
import { searchHandlers } from './search/handlers';
import { settingsHandlers } from './settings/handlers';
import { specialistDispatchHandlers } from './specialist-dispatch/handlers';
import { statisticsHandlers } from './statistics/handlers';
import { templatesHandlers } from './templates/handlers';
import { traineesHandlers } from './trainees/handlers';

export function createHandlers(ctx: Context, env: AppEnv): Handlers {
  return {
    ...settingsHandlers(ctx, env),
    ...referenceHandlers(ctx),
    ...traineesHandlers(ctx),
    ...cohortsHandlers(ctx),
    ...hostsHandlers(ctx),
    ...demoHandlers(ctx),
    ...auditHandlers(ctx),
    ...placementsHandlers(ctx),
    ...progressHandlers(ctx),
    ...reportsHandlers(ctx),
    ...statisticsHandlers(ctx),
    ...exportsHandlers(ctx),
    ...backupHandlers(ctx),
    ...recoveryHandlers(env),
    ...specialistDispatchHandlers(ctx),
    ...referenceDataHandlers(ctx),
    ...draftsHandlers(ctx),
    ...documentsHandlers(ctx),
    ...lettersHandlers(ctx),
    ...templatesHandlers(ctx),
    ...searchHandlers(ctx),
  };
}
