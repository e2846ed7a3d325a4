// Benchmark data for the Specialist Dispatch Project (not app code): a pool of specialists with
// fields, languages and availability, past requests each with a dated dispatch, and open requests to
// match. Seeded, so every run matches against the same data. Written through the app's own inserts
// (insertSpecialistRow, insertRequestRow); the past requests' state and dates are set directly.
import type { Core } from '../../electron/core/app';
import { insertRequestRow } from '../../electron/core/specialist-dispatch/requests';
import { insertSpecialistRow } from '../../electron/core/specialist-dispatch/specialists';
import { addDays } from '../../shared/placements/dates';

const COUNTRIES = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'TL', 'VN', 'IN'];
const LANGUAGES = ['en', 'th', 'vi', 'ms', 'id', 'km', 'lo', 'my', 'fil', 'hi'];
const FAMILY = [
  'Sato',
  'Suzuki',
  'Takahashi',
  'Tanaka',
  'Watanabe',
  'Ito',
  'Yamamoto',
  'Nakamura',
  'Kobayashi',
  'Kato',
];
const GIVEN = ['Ken', 'Yumi', 'Hiroshi', 'Emi', 'Makoto', 'Naoko', 'Takeshi', 'Aiko', 'Jun', 'Sachiko'];
const CITIES = ['Sendai City', 'Kobe City', 'Kanazawa City', 'Kitakyushu City', 'Yokohama City', 'Shizuoka Prefecture'];

/** A small seeded generator (mulberry32), so the data is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DispatchData {
  specialists: number;
  pastDispatches: number;
  /** Open requests (received), to match against. */
  openRequests: number[];
}

export function addDispatchData(core: Core, specialists = 5000, past = 2000, open = 40): DispatchData {
  const rnd = random(20261127);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)] as T;
  const ctx = core.ctx;
  return ctx.db.tx(() => {
    const fieldIds = ctx.db
      .all<{ id: number }>({ text: 'SELECT id FROM expertise_fields', params: [] })
      .map((f) => f.id);
    const ids: number[] = [];
    for (let i = 0; i < specialists; i++) {
      const fields = new Set([pick(fieldIds), ...(rnd() < 0.5 ? [pick(fieldIds)] : [])]);
      const availability = [];
      // Two in three say when they are free: a period or two in FY2027.
      if (rnd() < 0.66) {
        const start = addDays('2027-04-01', Math.floor(rnd() * 200));
        availability.push({ start, end: addDays(start, 20 + Math.floor(rnd() * 90)), note: null });
        if (rnd() < 0.3) {
          const later = addDays('2027-11-01', Math.floor(rnd() * 60));
          availability.push({ start: later, end: addDays(later, 30 + Math.floor(rnd() * 60)), note: null });
        }
      }
      ids.push(
        insertSpecialistRow(
          ctx,
          {
            nameEn: `${pick(FAMILY)} ${pick(GIVEN)} ${i}`,
            nameJa: null,
            homeGovernment: pick(CITIES),
            prefecture: null,
            position: null,
            retired: rnd() < 0.2,
            email: null,
            phone: null,
            notes: null,
            languages: [...new Set(['en', pick(LANGUAGES)])],
            fieldIds: [...fields],
            availability,
          },
          false,
        ),
      );
    }
    const request = (fiscalYear: number, wished: [string, string] | null) =>
      insertRequestRow(
        ctx,
        {
          fiscalYear,
          countryCode: pick(COUNTRIES),
          counterpartId: null,
          requestingGovernment: 'Bench City',
          fieldId: pick(fieldIds),
          summary: 'Benchmark request',
          wishedStart: wished?.[0] ?? null,
          wishedEnd: wished?.[1] ?? null,
          contactName: null,
          contactEmail: null,
          contactPhone: null,
          receivedOn: `${fiscalYear - 1}-03-15`,
        },
        false,
      );
    for (let i = 0; i < past; i++) {
      const fy = 2018 + Math.floor(rnd() * 10);
      const start = addDays(`${fy}-05-01`, Math.floor(rnd() * 300));
      const end = addDays(start, 10 + Math.floor(rnd() * 20));
      const id = request(fy, null);
      const state = end < '2027-04-01' ? 'completed' : 'dispatched';
      ctx.db.run({ text: 'UPDATE dispatch_requests SET state = ? WHERE id = ?', params: [state, id] });
      ctx.db.run({
        text: `INSERT INTO dispatches (request_id, specialist_id, start_date, end_date, created_at, updated_at)
               VALUES (?, ?, ?, ?, '2026-01-01', '2026-01-01')`,
        params: [id, pick(ids), start, end],
      });
    }
    const openRequests: number[] = [];
    for (let i = 0; i < open; i++) {
      const start = addDays('2027-05-01', Math.floor(rnd() * 200));
      openRequests.push(request(2027, rnd() < 0.75 ? [start, addDays(start, 14 + Math.floor(rnd() * 30))] : null));
    }
    return { specialists, pastDispatches: past, openRequests };
  });
}
