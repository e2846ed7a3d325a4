// The reports channels (shared/reports/schema.ts) → services. Printing itself is the Electron shell's:
// its main process answers print.dialog and print.savePdf before they reach the core, so here (the
// browser mode, tests) they are unsupported and the renderer prints with the browser instead.
import type { reportsContract } from '../../../shared/reports/schema';
import { AppFailure } from '../../../shared/result';
import type { Context } from '../context';
import type { Handlers } from '../handler-types';
import { cohortReportDoc, hostReportDoc, traineeReportDoc } from './service';

type Channels = keyof typeof reportsContract;

function onlyInElectron(): never {
  throw new AppFailure({
    code: 'unsupported',
    message: 'Printing through the system dialog is done by the desktop app; use the browser’s own Print here.',
  });
}

export function reportsHandlers(ctx: Context): Pick<Handlers, Channels> {
  return {
    'reports.trainee': ({ id, showSensitive }) => traineeReportDoc(ctx, id, showSensitive),
    'reports.cohort': ({ fiscalYear, showSensitive }) => cohortReportDoc(ctx, fiscalYear, showSensitive),
    'reports.host': ({ id, showSensitive }) => hostReportDoc(ctx, id, showSensitive),
    'print.dialog': onlyInElectron,
    'print.savePdf': onlyInElectron,
  };
}
