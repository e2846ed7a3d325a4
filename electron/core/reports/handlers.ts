// The reports channels (shared/reports/schema.ts) → services. Printing itself (reports.print.dialog,
// reports.print.savePdf) is the Electron shell's: the contract marks it so, and the boundary refuses it here.
import type { reportsContract } from '../../../shared/reports/schema';
import type { Context } from '../context';
import type { FeatureHandlers } from '../handler-types';
import { cohortReportDoc, hostReportDoc, traineeReportDoc, traineesReportDoc } from './service';

export function reportsHandlers(ctx: Context): FeatureHandlers<typeof reportsContract> {
  return {
    'reports.trainee': ({ id, showSensitive }) => traineeReportDoc(ctx, id, showSensitive),
    'reports.trainees': ({ ids, showSensitive }) => traineesReportDoc(ctx, ids, showSensitive),
    'reports.cohort': ({ fiscalYear, showSensitive }) => cohortReportDoc(ctx, fiscalYear, showSensitive),
    'reports.host': ({ id, showSensitive }) => hostReportDoc(ctx, id, showSensitive),
  };
}
