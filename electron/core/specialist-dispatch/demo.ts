// Demo data for the Specialist Dispatch Project (marked is_demo, removed with the rest of the demo):
// a few specialists from real-sounding Japanese local governments, and requests across FY2026–FY2027
// in several states — one received outside its window, one completed with an outcome report.
import type { ParsedInput } from '../../../shared/contract';
import type { RequestState } from '../../../shared/specialist-dispatch/workflow';
import { recordAudit } from '../audit/audit';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { insertRequestRow } from './requests';
import { insertSpecialistRow } from './specialists';
import { transitionRequest } from './transitions';

type SpecialistInput = ParsedInput<'specialistDispatch.specialists.create'>['data'];

const SPECIALISTS = [
  ['Sato Ken', '佐藤 健', 'Sendai City', 4, 'Water Works Bureau', false, ['en'], ['water_supply_sewerage', 'sewerage']],
  ['Tanaka Yumi', '田中 由美', 'Kitakyushu City', 40, 'Environment Bureau', false, ['en', 'ms'], ['solid_waste']],
  [
    'Suzuki Hiroshi',
    '鈴木 浩',
    'Kobe City',
    28,
    'Fire Bureau (retired)',
    true,
    ['en'],
    ['fire_disaster_prevention', 'disaster_management'],
  ],
  [
    'Takahashi Emi',
    '高橋 恵美',
    'Kanazawa City',
    17,
    'Tourism Division',
    false,
    ['en', 'th'],
    ['tourism_promotion', 'intangible_cultural_assets'],
  ],
  [
    'Watanabe Makoto',
    '渡辺 誠',
    'Shizuoka Prefecture',
    22,
    'Agriculture Department',
    false,
    ['en', 'vi'],
    ['agriculture'],
  ],
  ['Ito Naoko', '伊藤 直子', 'Yokohama City', 14, 'Urban Development Bureau', false, ['en', 'id'], ['urban_planning']],
] as const;

interface DemoRequest {
  fiscalYear: number;
  countryCode: string;
  government: string;
  field: string;
  summary: string;
  wished: [string, string] | null;
  receivedOn: string;
  /** The moves after `received`, each with its date; a match names specialists by index above. */
  moves: { to: RequestState; on: string; specialists?: number[]; dates?: [string, string]; text?: string }[];
}

const REQUESTS: DemoRequest[] = [
  {
    fiscalYear: 2026,
    countryCode: 'TH',
    government: 'Chiang Mai Municipality',
    field: 'water_supply_sewerage',
    summary: 'Advice on reducing water lost from the distribution network.',
    wished: ['2026-07-01', '2026-07-31'],
    receivedOn: '2025-03-18',
    moves: [
      { to: 'under_review', on: '2025-05-12' },
      { to: 'approved', on: '2025-06-20' },
      { to: 'specialist_matched', on: '2025-11-04', specialists: [0] },
      { to: 'agreement_signed', on: '2026-02-10' },
      { to: 'dispatched', on: '2026-07-06', dates: ['2026-07-06', '2026-07-24'] },
      {
        to: 'completed',
        on: '2026-08-28',
        text: 'Leak survey method taught to 12 staff; a district metering pilot is planned for next year.',
      },
    ],
  },
  {
    fiscalYear: 2026,
    countryCode: 'VN',
    government: 'Da Nang City',
    field: 'solid_waste',
    summary: 'Separating household waste at source in two pilot wards.',
    wished: ['2026-10-01', '2026-10-31'],
    receivedOn: '2025-04-08',
    moves: [
      { to: 'under_review', on: '2025-05-15' },
      { to: 'approved', on: '2025-06-25' },
      { to: 'specialist_matched', on: '2025-12-01', specialists: [1] },
      { to: 'agreement_signed', on: '2026-03-02' },
      { to: 'dispatched', on: '2026-10-05', dates: ['2026-10-05', '2026-10-23'] },
    ],
  },
  {
    fiscalYear: 2026,
    countryCode: 'MM',
    government: 'Mandalay City Development Committee',
    field: 'markets_food_courts',
    summary: 'Running a municipal market after its renovation.',
    wished: null,
    receivedOn: '2025-04-21',
    moves: [
      { to: 'under_review', on: '2025-05-20' },
      { to: 'declined', on: '2025-06-30', text: 'No specialist could travel in the period asked for.' },
    ],
  },
  {
    fiscalYear: 2027,
    countryCode: 'LA',
    government: 'Luang Prabang Province',
    field: 'intangible_cultural_assets',
    summary: 'Recording and passing on traditional festival crafts.',
    wished: ['2027-09-01', '2027-09-20'],
    receivedOn: '2026-03-25',
    moves: [
      { to: 'under_review', on: '2026-05-11' },
      { to: 'approved', on: '2026-06-15' },
      { to: 'specialist_matched', on: '2026-09-01', specialists: [3] },
    ],
  },
  {
    fiscalYear: 2027,
    countryCode: 'PH',
    government: 'Iloilo City',
    field: 'disaster_management',
    summary: 'Evacuation planning for flood-prone districts.',
    wished: ['2027-06-01', '2027-06-30'],
    receivedOn: '2026-03-09',
    moves: [
      { to: 'under_review', on: '2026-05-08' },
      { to: 'approved', on: '2026-06-12' },
    ],
  },
  {
    fiscalYear: 2027,
    countryCode: 'KH',
    government: 'Siem Reap Province',
    field: 'tourism_promotion',
    summary: 'Promoting rural tourism beyond the temples.',
    wished: null,
    receivedOn: '2026-04-02',
    moves: [{ to: 'under_review', on: '2026-05-18' }],
  },
  {
    // Received after the window closed: flagged, still taken.
    fiscalYear: 2027,
    countryCode: 'ID',
    government: 'Surabaya City',
    field: 'urban_planning',
    summary: 'Planning green corridors along the river.',
    wished: ['2027-11-01', '2027-11-30'],
    receivedOn: '2026-05-22',
    moves: [],
  },
];

export function loadDemoDispatch(ctx: Context): void {
  const fieldId = new Map(
    ctx.db
      .all<{ seed_key: string; id: number }>(
        sql`SELECT seed_key, id FROM expertise_fields WHERE seed_key IS NOT NULL AND active = 1`,
      )
      .map((f) => [f.seed_key, f.id]),
  );
  const specialistIds = SPECIALISTS.map(([nameEn, nameJa, home, prefecture, position, retired, languages, fields]) => {
    const data: SpecialistInput = {
      nameEn,
      nameJa,
      homeGovernment: home,
      prefecture,
      position,
      retired,
      email: null,
      phone: null,
      notes: null,
      languages: [...languages],
      fieldIds: fields.map((f) => fieldId.get(f)).filter((id): id is number => id !== undefined),
      availability: [],
    };
    return insertSpecialistRow(ctx, data, true);
  });
  let requests = 0;
  for (const r of REQUESTS) {
    const field = fieldId.get(r.field);
    if (field === undefined) continue; // the seed field was renamed away: skip rather than guess
    const id = insertRequestRow(
      ctx,
      {
        fiscalYear: r.fiscalYear,
        countryCode: r.countryCode,
        counterpartId: null,
        requestingGovernment: r.government,
        fieldId: field,
        summary: r.summary,
        wishedStart: r.wished?.[0] ?? null,
        wishedEnd: r.wished?.[1] ?? null,
        contactName: null,
        contactEmail: null,
        contactPhone: null,
        receivedOn: r.receivedOn,
      },
      true,
    );
    requests++;
    let version = 1;
    for (const move of r.moves) {
      const detail = transitionRequest(
        ctx,
        {
          id,
          version,
          to: move.to,
          on: move.on,
          reason: move.to === 'declined' || move.to === 'cancelled' ? (move.text ?? null) : null,
          outcome: move.to === 'completed' ? (move.text ?? null) : null,
          specialistIds: move.specialists?.map((i) => specialistIds[i] as number),
          start: move.dates?.[0] ?? null,
          end: move.dates?.[1] ?? null,
          confirm: true,
        },
        { audit: false },
      );
      version = detail.request.version;
    }
  }
  // Demo data is removed as a whole, so counts are enough.
  recordAudit(ctx, {
    entity: 'specialist',
    entityId: '*',
    action: 'demo-load',
    after: { count: specialistIds.length },
  });
  recordAudit(ctx, { entity: 'dispatch_request', entityId: '*', action: 'demo-load', after: { count: requests } });
}

export function removeDemoDispatch(ctx: Context): void {
  // Requests go first (their transitions and dispatches with them); a demo specialist a real request
  // has since named stays, so no real record loses its dispatch.
  const requests = ctx.db.run(sql`DELETE FROM dispatch_requests WHERE is_demo = 1`).changes;
  const specialists = ctx.db.run(sql`
    DELETE FROM specialists WHERE is_demo = 1
      AND NOT EXISTS (SELECT 1 FROM dispatches d WHERE d.specialist_id = specialists.id)`).changes;
  if (requests > 0) {
    recordAudit(ctx, { entity: 'dispatch_request', entityId: '*', action: 'demo-remove', before: { count: requests } });
  }
  if (specialists > 0) {
    recordAudit(ctx, { entity: 'specialist', entityId: '*', action: 'demo-remove', before: { count: specialists } });
  }
}
