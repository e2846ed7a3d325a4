// A whole fictional cohort through the app's HTTP API, for the timeline's tests and screenshots:
// hosts across Japan, trainees of one fiscal year, two placements each (some left unplaced), warnings
// accepted with reasons, and one host whose capacity is lowered afterwards (conflicts nobody accepted).
import type { Desk } from '../fixtures';
import { createCohort, type SavedHost } from './placements';

// biome-ignore format: a table reads better packed.
const CITIES: [string, string, number][] = [
  ['Sapporo City', '札幌市', 1], ['Sendai City', '仙台市', 4], ['Saitama City', 'さいたま市', 11],
  ['Chiba City', '千葉市', 12], ['Yokohama City', '横浜市', 14], ['Niigata City', '新潟市', 15],
  ['Kanazawa City', '金沢市', 17], ['Nagano City', '長野市', 20], ['Shizuoka City', '静岡市', 22],
  ['Nagoya City', '名古屋市', 23], ['Kyoto City', '京都市', 26], ['Kobe City', '神戸市', 28],
  ['Okayama City', '岡山市', 33], ['Hiroshima City', '広島市', 34], ['Matsuyama City', '松山市', 38],
  ['Kochi City', '高知市', 39], ['Fukuoka City', '福岡市', 40], ['Kumamoto City', '熊本市', 43],
  ['Kagoshima City', '鹿児島市', 46], ['Naha City', '那覇市', 47],
];
const GIVEN = [
  'Somchai',
  'Siti',
  'Aung',
  'Maria',
  'Sokha',
  'Bounmy',
  'Thi Lan',
  'Rizal',
  'Malee',
  'Vilay',
  'Juan',
  'Nur',
];
const FAMILY = ['Jaidee', 'Rahayu', 'Kyaw', 'Santos', 'Chan', 'Phommachanh', 'Nguyen', 'Hidayat', 'Srisuk', 'Reyes'];
const COUNTRIES = ['TH', 'ID', 'MM', 'PH', 'KH', 'LA', 'VN', 'ID', 'TH', 'LA', 'PH', 'MY'];

/** Runs the calls a few at a time: the server answers each in milliseconds; HTTP is the slow part. */
async function inBatches<T, R>(items: T[], fn: (item: T, i: number) => Promise<R>, size = 8): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(...(await Promise.all(items.slice(i, i + size).map((item, j) => fn(item, i + j)))));
  }
  return out;
}

export interface SeededCohort {
  hosts: SavedHost[];
  trainees: { id: number; fullName: string; ref: string }[];
}

export async function seedCohort(desk: Desk, fy: number, count: number): Promise<SeededCohort> {
  await createCohort(desk, fy);
  const hostCount = Math.min(CITIES.length * 10, Math.max(8, Math.ceil(count / 2)));
  const hosts = await inBatches(Array.from({ length: hostCount }), async (_, i) => {
    const [en, ja, prefecture] = CITIES[i % CITIES.length] as [string, string, number];
    const round = Math.floor(i / CITIES.length);
    const saved = await desk.call<{ host: SavedHost }>('hosts.create', {
      data: {
        nameEn: round ? `${en} ${round + 1}` : en,
        nameJa: round ? `${ja}${round + 1}` : ja,
        kind: 'city',
        prefecture,
        capacity: 2 + (i % 3),
        fieldIds: i % 4 === 3 ? [2] : [1, 2, 3],
      },
      confirm: true,
    });
    return saved.host;
  });
  const trainees = await inBatches(Array.from({ length: count }), async (_, i) => {
    const saved = await desk.call<{ trainee: { id: number; fullName: string; ref: string } }>('trainees.create', {
      data: {
        fullName: `${GIVEN[i % GIVEN.length]} ${FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]}`,
        gender: i % 2 ? 'male' : 'female',
        dateOfBirth: `${1980 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`,
        country: COUNTRIES[i % COUNTRIES.length],
        homeGovernment: 'Provincial Office',
        fieldId: 1 + (i % 3),
        fiscalYear: fy,
        status: 'accepted',
        arrivalDate: `${fy}-04-01`,
        departureDate: i % 9 === 4 ? `${fy + 1}-01-15` : `${fy + 1}-01-31`,
      },
      confirm: true,
    });
    return saved.trainee;
  });
  await inBatches(trainees, async (t, i) => {
    if (i % 13 === 7) return; // not placed yet
    const host = (k: number) => hosts[(i * 7 + k) % hosts.length] as SavedHost;
    const split = i % 3 === 0 ? `${fy}-08-31` : `${fy}-09-30`;
    const next = i % 3 === 0 ? `${fy}-09-01` : `${fy}-10-01`;
    // Every eleventh starts during the introductory month; the accepted warning shows as a marker.
    const start = i % 11 === 3 ? `${fy}-04-20` : `${fy}-05-01`;
    const reason = { confirm: true, reason: 'Agreed with the host by e-mail' };
    await desk.call('placements.create', { traineeId: t.id, hostId: host(0).id, start, end: split, ...reason });
    await desk.call('placements.create', {
      traineeId: t.id,
      hostId: host(3).id,
      start: next,
      end: `${fy + 1}-01-31`,
      ...reason,
    });
  });
  // A host that lowered its capacity after the placements were made: over capacity, nobody accepted it.
  const lowered = hosts[0] as SavedHost;
  const full = await desk.call<{ host: { version: number } & Record<string, unknown> }>('hosts.get', {
    id: lowered.id,
  });
  const { id: _id, version, isDemo: _d, createdAt: _c, updatedAt: _u, ...data } = full.host as Record<string, unknown>;
  await desk.call('hosts.update', { id: lowered.id, version, data: { ...data, capacity: 1 }, confirm: true });
  return { hosts, trainees };
}
