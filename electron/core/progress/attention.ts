// The Needs-attention list: what is overdue or due soon across all active trainees, derived on each
// call and never stored. Two reads, both driven by the active trainees (trainees_active): their
// documents and evaluation stages (seeks on progress_evaluations), and their live placements with
// the months already reported as a bit mask (aggregated in SQL through progress_reports). The rest
// is date arithmetic in JS (shared/progress/due.ts), then one sort and a page; host names and
// targets (where to fix an item) are made for the page only.
import { todayIso } from '../../../shared/fiscal-year';
import { earlier } from '../../../shared/placements/dates';
import {
  type DueState,
  type DueWindow,
  documentState,
  dueState,
  dueWindow,
  finalDue,
  midTermDue,
  monthsStartedBy,
  placementMonth,
  reportDue,
} from '../../../shared/progress/due';
import type { AttentionItem, AttentionPage, AttentionTarget, DueKind } from '../../../shared/progress/schema';
import type { Context } from '../context';
import { join, type Sql, sql } from '../db/sql';
import { unacceptedConflicts } from '../placements/conflicts';

export interface AttentionQuery {
  kind?: DueKind;
  state?: DueState;
  country?: string;
  fiscalYear?: number;
  traineeId?: number;
  today?: string;
  offset: number;
  limit: number;
}

/** Statuses whose trainees are followed: accepted, in the introductory month, on placement. */
export const FOLLOWED_STATUSES = ['accepted', 'introductory', 'on_placement'] as const;

interface TraineeRow {
  id: number;
  ref: string;
  refKey: string;
  name: string;
  country: string;
  fiscalYear: number;
  passportExpiry: string | null;
  residenceCardExpiry: string | null;
  departure: string | null;
  /** 1 when the trainee has a live evaluation of the stage (read only when evaluations are asked for). */
  midTerm: number;
  final: number;
}

interface PlacementRow {
  id: number;
  traineeId: number;
  start: string;
  end: string;
  hostId: number;
  /** The months with a live report as bits: month k is bit k − 1 (months run 1 … 24). */
  reported: number;
}

/** An item as the contract gives it, less what is added to the page's items only. */
type AttentionItemBase = Omit<AttentionItem, 'target' | 'hostNameEn' | 'hostNameJa'>;

/** An item before its page is cut: host names and the target are added to the page's items only. */
type Item = AttentionItemBase & {
  refKey: string;
  order: number;
  hostId: number | null;
};

const KIND_ORDER: Record<DueKind, number> = {
  monthly_report: 0,
  mid_term_evaluation: 1,
  final_evaluation: 2,
  passport_expiry: 3,
  residence_card_expiry: 4,
  placement_conflict: 5,
};

/** The active trainees the query asks about, as a WHERE clause on `t`. */
function traineeFilter(q: AttentionQuery): Sql {
  const where = [sql`t.archived = 0 AND t.status IN ('accepted', 'introductory', 'on_placement')`];
  if (q.country) where.push(sql`t.country = ${q.country}`);
  if (q.fiscalYear !== undefined) where.push(sql`t.fiscal_year = ${q.fiscalYear}`);
  if (q.traineeId !== undefined) where.push(sql`t.id = ${q.traineeId}`);
  return join(where, ' AND ');
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const wants = (q: AttentionQuery, ...kinds: DueKind[]) => q.kind === undefined || kinds.includes(q.kind);

/** A live evaluation of a stage: a seek on progress_evaluations. */
const evaluated = (stage: 'mid_term' | 'final') => sql`EXISTS (SELECT 1 FROM progress_entries e
  WHERE e.trainee_id = t.id AND e.evaluation_stage = ${stage} AND e.deleted = 0 AND e.kind = 'evaluation')`;

function readTrainees(ctx: Context, where: Sql, withEvaluations: boolean): TraineeRow[] {
  const stages = withEvaluations
    ? sql`${evaluated('mid_term')} AS midTerm, ${evaluated('final')} AS final`
    : sql`0 AS midTerm, 0 AS final`;
  return ctx.db.all<TraineeRow>(sql`
    SELECT t.id, t.ref, t.ref_key AS refKey, t.full_name AS name, t.country, t.fiscal_year AS fiscalYear,
           t.passport_expiry AS passportExpiry, t.residence_card_expiry AS residenceCardExpiry,
           t.departure_date AS departure, ${stages}
    FROM trainees t WHERE ${where}`);
}

function readPlacements(ctx: Context, where: Sql, withReports: boolean): PlacementRow[] {
  const reported = withReports
    ? sql`(SELECT total(DISTINCT 1 << (e.placement_month - 1)) FROM progress_entries e
           WHERE e.placement_id = p.id AND e.deleted = 0 AND e.kind = 'monthly_report')`
    : sql`0`;
  return ctx.db.all<PlacementRow>(sql`
    SELECT p.id, p.trainee_id AS traineeId, p.start_date AS start, p.end_date AS end, p.host_id AS hostId,
           ${reported} AS reported
    FROM trainees t
    JOIN placements p ON p.trainee_id = t.id AND p.cancelled = 0
    WHERE ${where}`);
}

/** The names of the hosts the items name, read for those items only. */
function hostNames(ctx: Context, items: Item[]): Map<number, { nameEn: string; nameJa: string }> {
  const ids = [...new Set(items.flatMap((i) => (i.hostId === null ? [] : [i.hostId])))];
  if (ids.length === 0) return new Map();
  const rows = ctx.db.all<{ id: number; nameEn: string; nameJa: string }>(sql`
    SELECT id, name_en AS nameEn, name_ja AS nameJa FROM hosts WHERE id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`);
  return new Map(rows.map((r) => [r.id, r]));
}

/** Where to fix an item: the screen and what it opens there (the renderer makes the link). */
function attentionTarget(item: AttentionItemBase): AttentionTarget {
  const { traineeId } = item;
  switch (item.kind) {
    case 'monthly_report':
      // A report's item always names its placement and month.
      return {
        screen: 'trainee-progress',
        traineeId,
        newEntry: {
          kind: 'monthly_report',
          placementId: item.placementId as number,
          month: item.placementMonth as number,
        },
      };
    case 'mid_term_evaluation':
      return { screen: 'trainee-progress', traineeId, newEntry: { kind: 'evaluation', stage: 'mid_term' } };
    case 'final_evaluation':
      return { screen: 'trainee-progress', traineeId, newEntry: { kind: 'evaluation', stage: 'final' } };
    case 'passport_expiry':
      return { screen: 'trainee-edit', traineeId, focus: 'passportExpiry' };
    case 'residence_card_expiry':
      return { screen: 'trainee-edit', traineeId, focus: 'residenceCardExpiry' };
    case 'placement_conflict':
      return { screen: 'timeline', traineeId, fiscalYear: item.fiscalYear, traineeRef: item.traineeRef };
  }
}

/** Each trainee's live placements, earliest first. */
function placementsByTrainee(placements: PlacementRow[]): Map<number, PlacementRow[]> {
  const byTrainee = new Map<number, PlacementRow[]>();
  for (const p of placements) {
    const list = byTrainee.get(p.traineeId);
    if (list) list.push(p);
    else byTrainee.set(p.traineeId, [p]);
  }
  for (const list of byTrainee.values()) {
    if (list.length > 1) list.sort((a, b) => compareText(a.start, b.start) || a.id - b.id);
  }
  return byTrainee;
}

/** Adds one item of a trainee, when it is due and the query asks for its kind and state. */
type Add = (
  kind: DueKind,
  state: DueState | null,
  dueDate: string,
  p?: PlacementRow | null,
  month?: number | null,
) => void;

function adderFor(items: Item[], t: TraineeRow, q: AttentionQuery): Add {
  return (kind, state, dueDate, p = null, month = null) => {
    if (state === null || (q.state && q.state !== state) || !wants(q, kind)) return;
    items.push({
      kind,
      state,
      dueDate,
      traineeId: t.id,
      traineeRef: t.ref,
      traineeName: t.name,
      country: t.country,
      fiscalYear: t.fiscalYear,
      placementId: p?.id ?? null,
      placementMonth: month,
      hostId: p?.hostId ?? null,
      refKey: t.refKey,
      order: KIND_ORDER[kind] * 100 + (month ?? 0),
    });
  };
}

/** The placement's unreported months that are due by the end of the window. */
function addReports(add: Add, p: PlacementRow, limits: DueWindow): void {
  // Only months starting early enough can be due by the end of the window; reported ones are skipped
  // before any date is worked out (most months are reported).
  const count = monthsStartedBy(p.start, earlier(p.end, limits.lastReportMonthStart));
  const all = 2 ** count - 1;
  if (count === 0 || (p.reported & all) === all) return;
  for (let k = 1; k <= count; k++) {
    if (p.reported & (1 << (k - 1))) continue;
    const m = placementMonth(p.start, p.end, k);
    if (!m) continue;
    const due = reportDue(m.end);
    add('monthly_report', dueState(due, limits), due, p, k);
  }
}

/** The mid-term and final evaluations not yet written, over the trainee's placements (earliest first). */
function addEvaluations(add: Add, t: TraineeRow, own: PlacementRow[], limits: DueWindow): void {
  const firstP = own[0];
  if (!firstP) return;
  const last = own.reduce((max, p) => (p.end > max.end ? p : max), firstP);
  // A final evaluation done makes a missing mid-term one moot.
  if (!t.midTerm && !t.final) {
    const due = midTermDue(firstP.start, last.end);
    const during = own.find((p) => p.start <= due && due <= p.end) ?? last;
    add('mid_term_evaluation', dueState(due, limits), due, during);
  }
  if (!t.final) {
    const due = finalDue(last.end);
    add('final_evaluation', dueState(due, limits), due, last);
  }
}

function addDocuments(add: Add, t: TraineeRow, q: AttentionQuery, limits: DueWindow): void {
  if (t.passportExpiry && wants(q, 'passport_expiry')) {
    add('passport_expiry', documentState(t.passportExpiry, limits, t.departure), t.passportExpiry);
  }
  if (t.residenceCardExpiry && wants(q, 'residence_card_expiry')) {
    add('residence_card_expiry', documentState(t.residenceCardExpiry, limits, t.departure), t.residenceCardExpiry);
  }
}

/**
 * The trainee's live placements, not yet over, that overlap another of theirs or hold their host over
 * capacity with no reason accepted: overdue once they have started, due soon before.
 */
function addConflicts(add: Add, own: PlacementRow[], conflicted: Set<number>, today: string): void {
  for (const p of own) {
    if (p.end < today || !conflicted.has(p.id)) continue;
    add('placement_conflict', p.start <= today ? 'overdue' : 'due_soon', p.start, p);
  }
}

const stateRank = (state: DueState) => (state === 'overdue' ? 0 : 1);

/** Overdue first, then due soon; each by due date, then trainee (natural order of the ref), then kind. */
const compareItems = (a: Item, b: Item) =>
  stateRank(a.state) - stateRank(b.state) ||
  compareText(a.dueDate, b.dueDate) ||
  compareText(a.refKey, b.refKey) ||
  a.traineeId - b.traineeId ||
  a.order - b.order;

function countItems(items: Item[]): Pick<AttentionPage, 'counts' | 'byKind'> {
  const byKind: Record<string, number> = {};
  let overdue = 0;
  for (const item of items) {
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
    if (item.state === 'overdue') overdue++;
  }
  return { counts: { overdue, dueSoon: items.length - overdue }, byKind };
}

/** The page's items as the contract gives them: with host names and the target. */
function pageItems(ctx: Context, page: Item[]): AttentionItem[] {
  const hosts = hostNames(ctx, page);
  return page.map(({ refKey: _, order: __, hostId, ...item }) => {
    const host = hostId === null ? undefined : hosts.get(hostId);
    return {
      ...item,
      hostNameEn: host?.nameEn ?? null,
      hostNameJa: host?.nameJa ?? null,
      target: attentionTarget(item),
    };
  });
}

export function listAttention(ctx: Context, q: AttentionQuery): AttentionPage {
  const today = q.today ?? todayIso(ctx.now());
  const limits = dueWindow(today);
  const where = traineeFilter(q);
  const withReports = wants(q, 'monthly_report');
  const withEvaluations = wants(q, 'mid_term_evaluation', 'final_evaluation');
  const trainees = readTrainees(ctx, where, withEvaluations);
  const withConflicts = wants(q, 'placement_conflict');
  const placements = withEvaluations || withReports || withConflicts ? readPlacements(ctx, where, withReports) : [];
  const byTrainee = placementsByTrainee(placements);
  const conflicted = withConflicts ? unacceptedConflicts(ctx, placements, byTrainee, today) : new Set<number>();

  const items: Item[] = [];
  for (const t of trainees) {
    const add = adderFor(items, t, q);
    const own = byTrainee.get(t.id) ?? [];
    if (withReports) for (const p of own) addReports(add, p, limits);
    if (withEvaluations) addEvaluations(add, t, own, limits);
    addDocuments(add, t, q, limits);
    if (withConflicts) addConflicts(add, own, conflicted, today);
  }
  items.sort(compareItems);
  return {
    today,
    items: pageItems(ctx, items.slice(q.offset, q.offset + q.limit)),
    total: items.length,
    ...countItems(items),
  };
}
