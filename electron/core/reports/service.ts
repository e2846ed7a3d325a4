// The report documents: everything a print view lays out, read in one go and never written.
// Entries come from the progress service (listEntries), attendance from the cohorts' completion rule,
// placements from the placements service; passport and residence-card numbers are masked here unless
// the person chose to show them, so a masked print view never holds the full number.
import type { Cohort } from '../../../shared/cohorts/schema';
import type { EvaluationSettings } from '../../../shared/progress/schema';
import type {
  CohortReportDoc,
  HostReportDoc,
  ReportSummaryRow,
  TraineeReport,
  TraineeReportDoc,
  TraineesReportDoc,
} from '../../../shared/reports/schema';
import { cohortOf } from '../cohorts/service';
import { traineeCompletion } from '../cohorts/view';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { findHost } from '../hosts/rows';
import { getHostRecord } from '../hosts/service';
import { placementsForTrainee } from '../placements/rows';
import { evaluationSettings, listEntries } from '../progress/rows';
import { getCountry, getField } from '../reference/service';
import { getSettings, savedDateDisplay } from '../settings/service';
import { getPrintablePhoto } from '../trainees/photo';
import { getTrainee } from '../trainees/service';
import { maskUnlessShown } from './mask';
import { evaluationSummary, overallScore } from './summary';

/** What one document's trainee reports share: the settings, and the cohorts and hosts already read. */
interface Shared {
  settings: EvaluationSettings;
  cohorts: Map<number, Cohort | null>;
  prefectures: Map<number, number>;
}

function shared(ctx: Context): Shared {
  return { settings: evaluationSettings(ctx), cohorts: new Map(), prefectures: new Map() };
}

function memo<K, V>(map: Map<K, V>, key: K, read: () => V): V {
  if (!map.has(key)) map.set(key, read());
  return map.get(key) as V;
}

export function traineeReport(
  ctx: Context,
  id: number,
  showSensitive: boolean,
  s: Shared = shared(ctx),
): TraineeReport {
  const t = getTrainee(ctx, id);
  const country = getCountry(ctx, t.country);
  const field = getField(ctx, t.fieldId);
  const cohort = memo(s.cohorts, t.fiscalYear, () => cohortOf(ctx, t.fiscalYear));
  const entries = listEntries(ctx, id);
  const placements = placementsForTrainee(ctx, id, false).map((p) => ({
    id: p.id,
    hostId: p.hostId,
    hostNameEn: p.hostNameEn,
    hostNameJa: p.hostNameJa,
    prefecture: memo(s.prefectures, p.hostId, () => findHost(ctx, p.hostId)?.prefecture ?? 0),
    start: p.start,
    end: p.end,
    supervisor: p.supervisor,
  }));
  return {
    identity: {
      id: t.id,
      ref: t.ref,
      fullName: t.fullName,
      familyName: t.familyName,
      givenName: t.givenName,
      nativeName: t.nativeName,
      katakanaName: t.katakanaName,
      preferredName: t.preferredName,
      gender: t.gender,
      dateOfBirth: t.dateOfBirth,
      country: { code: t.country, nameEn: country?.nameEn ?? t.country, nameJa: country?.nameJa ?? t.country },
      homeGovernment: t.homeGovernment,
      department: t.department,
      position: t.position,
      field: { nameEn: field?.nameEn ?? '', nameJa: field?.nameJa ?? '' },
      japaneseLevel: t.japaneseLevel,
      status: t.status,
      fiscalYear: t.fiscalYear,
      arrivalDate: t.arrivalDate,
      departureDate: t.departureDate,
      passportNumber: maskUnlessShown(t.passportNumber, showSensitive),
      passportExpiry: t.passportExpiry,
      residenceCardNumber: maskUnlessShown(t.residenceCardNumber, showSensitive),
      residenceCardExpiry: t.residenceCardExpiry,
      photo: t.hasPhoto ? getPrintablePhoto(ctx, id) : null,
    },
    cohort,
    attendance: cohort ? traineeCompletion(ctx, cohort, id) : null,
    placements,
    entries,
    evaluationSummary: evaluationSummary(entries, s.settings.criteria),
    scale: s.settings.scale,
  };
}

function generated(ctx: Context) {
  return {
    generatedAt: ctx.now().toISOString(),
    staffName: getSettings(ctx).staffName,
    dateDisplay: savedDateDisplay(ctx),
  };
}

export function traineeReportDoc(ctx: Context, id: number, showSensitive: boolean): TraineeReportDoc {
  return { ...generated(ctx), report: traineeReport(ctx, id, showSensitive) };
}

/** Several trainees' reports in one document, in the order asked (the list's order), masked alike. */
export function traineesReportDoc(ctx: Context, ids: readonly number[], showSensitive: boolean): TraineesReportDoc {
  const s = shared(ctx);
  return { ...generated(ctx), trainees: ids.map((id) => traineeReport(ctx, id, showSensitive, s)) };
}

export function summaryRow(r: TraineeReport): ReportSummaryRow {
  const hosts = new Map(r.placements.map((p) => [p.hostId, { nameEn: p.hostNameEn, nameJa: p.hostNameJa }]));
  return {
    traineeId: r.identity.id,
    ref: r.identity.ref,
    fullName: r.identity.fullName,
    country: r.identity.country,
    status: r.identity.status,
    hosts: [...hosts.values()],
    attendanceRate: r.attendance?.rate ?? null,
    entries: r.entries.length,
    overall: overallScore(r.evaluationSummary),
  };
}

/** Every trainee of a fiscal year's cohort (archived records aside), in reference order. */
export function cohortReportDoc(ctx: Context, fiscalYear: number, showSensitive: boolean): CohortReportDoc {
  const s = shared(ctx);
  const ids = ctx.db.all<{ id: number }>(
    sql`SELECT id FROM trainees WHERE archived = 0 AND fiscal_year = ${fiscalYear} ORDER BY ref_key, id`,
  );
  const trainees = ids.map(({ id }) => traineeReport(ctx, id, showSensitive, s));
  return {
    ...generated(ctx),
    fiscalYear,
    cohort: memo(s.cohorts, fiscalYear, () => cohortOf(ctx, fiscalYear)),
    summary: trainees.map(summaryRow),
    trainees,
  };
}

/** A host's trainees (live placements there, archived records aside), by their first placement's start. */
export function hostReportDoc(ctx: Context, hostId: number, showSensitive: boolean): HostReportDoc {
  const host = getHostRecord(ctx, hostId);
  const s = shared(ctx);
  const ids = ctx.db.all<{ id: number }>(sql`
    SELECT t.id FROM trainees t JOIN placements p ON p.trainee_id = t.id
    WHERE p.host_id = ${hostId} AND p.cancelled = 0 AND t.archived = 0
    GROUP BY t.id ORDER BY min(p.start_date), t.ref_key, t.id`);
  const trainees = ids.map(({ id }) => traineeReport(ctx, id, showSensitive, s));
  return {
    ...generated(ctx),
    host: {
      id: host.id,
      nameEn: host.nameEn,
      nameJa: host.nameJa,
      kind: host.kind,
      prefecture: host.prefecture,
      address: host.address,
      contacts: host.contacts.map((c) => ({ name: c.name, department: c.department, title: c.title })),
    },
    summary: trainees.map(summaryRow),
    trainees,
  };
}
