// Printable reports: the data of a trainee progress report, a cohort report and a host report. The
// core assembles it (and masks passport and residence-card numbers unless `showSensitive` is chosen,
// so an unmasked number never reaches a print view that did not ask for it); the renderer's print
// views lay it out on A4 in the language chosen when printing.
import { z } from 'zod';
import { read } from '../channel';
import { Cohort, Completion } from '../cohorts/schema';
import { Entry, ScaleLevel } from '../progress/schema';
import { id } from '../schema-helpers';
import { DateDisplay } from '../settings/schema';
import { TraineeStatus } from '../trainees/schema';

export const ReportOptions = {
  /** Show passport and residence-card numbers in full (otherwise all but the last 3 characters are masked). */
  showSensitive: z.boolean().default(false),
};

export const TraineeReportQuery = z.strictObject({ id, ...ReportOptions });
export const CohortReportQuery = z.strictObject({
  fiscalYear: z.number().int().min(1990).max(2100),
  ...ReportOptions,
});
export const HostReportQuery = z.strictObject({ id, ...ReportOptions });
/** The most trainees one printed document holds (a list selection), in the order given, each once. */
export const TRAINEES_REPORT_MAX = 200;
export const TraineesReportQuery = z.strictObject({
  ids: z
    .array(id)
    .min(1, 'required')
    .max(TRAINEES_REPORT_MAX, 'too_many')
    .refine((ids) => new Set(ids).size === ids.length, 'invalid_value'),
  ...ReportOptions,
});

const bilingual = { nameEn: z.string(), nameJa: z.string() };

export const ReportIdentity = z.object({
  id,
  ref: z.string(),
  fullName: z.string(),
  familyName: z.string().nullable(),
  givenName: z.string().nullable(),
  nativeName: z.string().nullable(),
  katakanaName: z.string().nullable(),
  preferredName: z.string().nullable(),
  gender: z.string(),
  dateOfBirth: z.string(),
  country: z.object({ code: z.string(), ...bilingual }),
  homeGovernment: z.string(),
  department: z.string().nullable(),
  position: z.string().nullable(),
  field: z.object(bilingual),
  japaneseLevel: z.string(),
  status: TraineeStatus,
  fiscalYear: z.number().int(),
  arrivalDate: z.string().nullable(),
  departureDate: z.string().nullable(),
  /** Masked as `•••••567` unless showSensitive. */
  passportNumber: z.string().nullable(),
  passportExpiry: z.string().nullable(),
  residenceCardNumber: z.string().nullable(),
  residenceCardExpiry: z.string().nullable(),
  photo: z.object({ mime: z.string(), data: z.string() }).nullable(),
});
export type ReportIdentity = z.infer<typeof ReportIdentity>;

export const ReportPlacement = z.object({
  id,
  hostId: id,
  hostNameEn: z.string(),
  hostNameJa: z.string(),
  prefecture: z.number().int(),
  start: z.string(),
  end: z.string(),
  supervisor: z.string().nullable(),
});

/** One criterion's ratings across the evaluations: the mid-term, the final and the latest score. */
export const EvaluationSummaryRow = z.object({
  criterionId: id,
  ...bilingual,
  midTerm: z.number().int().nullable(),
  final: z.number().int().nullable(),
  latest: z.number().int().nullable(),
});

export const TraineeReport = z.object({
  identity: ReportIdentity,
  cohort: Cohort.nullable(),
  attendance: Completion.nullable(),
  placements: z.array(ReportPlacement),
  /** Live entries, oldest first (attachments listed by name). */
  entries: z.array(Entry),
  evaluationSummary: z.array(EvaluationSummaryRow),
  scale: z.array(ScaleLevel),
});
export type TraineeReport = z.infer<typeof TraineeReport>;

/** A line of a cohort or host report's summary table. */
export const ReportSummaryRow = z.object({
  traineeId: id,
  ref: z.string(),
  fullName: z.string(),
  country: z.object({ code: z.string(), ...bilingual }),
  status: TraineeStatus,
  hosts: z.array(z.object(bilingual)),
  attendanceRate: z.number().nullable(),
  entries: z.number().int(),
  /** The latest "Overall" (or last criterion's) score, if any. */
  overall: z.number().int().nullable(),
});
export type ReportSummaryRow = z.infer<typeof ReportSummaryRow>;

const Generated = {
  generatedAt: z.string(),
  staffName: z.string().nullable(),
  /** The Settings' "Show dates as" when saved; null until then (see shared/dates/print.ts). */
  dateDisplay: DateDisplay.nullable(),
};

export const TraineeReportDoc = z.object({ ...Generated, report: TraineeReport });
export const CohortReportDoc = z.object({
  ...Generated,
  fiscalYear: z.number().int(),
  cohort: Cohort.nullable(),
  summary: z.array(ReportSummaryRow),
  trainees: z.array(TraineeReport),
});
/** Several trainees' progress reports in one document (the trainee list's selection). */
export const TraineesReportDoc = z.object({ ...Generated, trainees: z.array(TraineeReport) });
export const HostReportDoc = z.object({
  ...Generated,
  host: z.object({
    id,
    ...bilingual,
    kind: z.string(),
    prefecture: z.number().int(),
    address: z.string().nullable(),
    contacts: z.array(z.object({ name: z.string(), department: z.string().nullable(), title: z.string().nullable() })),
  }),
  summary: z.array(ReportSummaryRow),
  trainees: z.array(TraineeReport),
});
export type TraineeReportDoc = z.infer<typeof TraineeReportDoc>;
export type CohortReportDoc = z.infer<typeof CohortReportDoc>;
export type HostReportDoc = z.infer<typeof HostReportDoc>;
export type TraineesReportDoc = z.infer<typeof TraineesReportDoc>;

/**
 * Printing the print view on screen. Only the Electron shell can do it (its main process answers these
 * before the core sees them: the system print dialog, or printToPDF and a save dialog); the core
 * answers `unsupported`, and in browser mode the renderer uses the browser's own print instead.
 */
export const PrintRequest = z.strictObject({
  /** The file name offered in the save dialog (Save as PDF). */
  fileName: z
    .string()
    .trim()
    .min(1, 'required')
    .max(200, 'too_long')
    .regex(/^[^\\/:*?"<>|\0]+$/, 'invalid_file_name'),
});
export const PrintDone = z.object({
  /** false when the person cancelled the dialog. */
  done: z.boolean(),
  /** The saved PDF's file name, not its path (Save as PDF only). */
  name: z.string().nullable(),
});

export const reportsContract = {
  'reports.trainee': read(TraineeReportQuery, TraineeReportDoc),
  'reports.trainees': read(TraineesReportQuery, TraineesReportDoc),
  'reports.cohort': read(CohortReportQuery, CohortReportDoc),
  'reports.host': read(HostReportQuery, HostReportDoc),
  'reports.print.dialog': read(PrintRequest, PrintDone, { shell: true }),
  'reports.print.savePdf': read(PrintRequest, PrintDone, { shell: true }),
} as const;
