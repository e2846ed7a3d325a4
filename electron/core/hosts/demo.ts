// Fictional host institutions for the demo dataset and the benchmarks: made-up towns and cities (and
// their associations) in real prefectures, named in English and Japanese, with contacts and fields.
// Seeded, so a run is repeatable; names never repeat within a prefecture.
import { PREFECTURES, type Prefecture } from '../../../shared/hosts/prefectures';
import type { HostInput, HostKind } from '../../../shared/hosts/schema';
import { recordAudit } from '../audit/audit';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { random } from '../demo/generator';
import { listFields } from '../reference/service';
import { insertHosts } from './service';

/** How many hosts the demo dataset brings (the benchmarks ask for their own number). */
export const DEMO_HOST_COUNT = 60;

// biome-ignore format: word lists read better packed.
const FIRST: [string, string][] = [
  ['Aoba', '青葉'], ['Midori', '緑'], ['Sakura', '桜'], ['Asahi', '朝日'], ['Hikari', '光'], ['Wakaba', '若葉'],
  ['Izumi', '泉'], ['Matsu', '松'], ['Take', '竹'], ['Ume', '梅'], ['Fuji', '藤'], ['Tsuru', '鶴'], ['Kame', '亀'],
  ['Hoshi', '星'], ['Kiri', '桐'], ['Kaede', '楓'], ['Shira', '白'], ['Kita', '北'], ['Minami', '南'],
  ['Higashi', '東'], ['Nishi', '西'], ['Naka', '中'], ['Kami', '上'], ['Shimo', '下'], ['Taka', '高'],
  ['Hira', '平'], ['Iwa', '岩'], ['Mizu', '水'], ['Hana', '花'], ['Tama', '玉'], ['Nagi', '凪'], ['Akane', '茜'],
];
// biome-ignore format: word lists read better packed.
const SECOND: [string, string][] = [
  ['kawa', '川'], ['no', '野'], ['hara', '原'], ['sato', '里'], ['oka', '岡'], ['sawa', '沢'], ['shima', '島'],
  ['yama', '山'], ['da', '田'], ['hama', '浜'], ['mine', '峰'], ['mori', '森'], ['saki', '崎'], ['ura', '浦'],
  ['tani', '谷'], ['hashi', '橋'], ['zaka', '坂'], ['dai', '台'],
];
const MUNICIPAL: Record<'city' | 'town' | 'village' | 'special_ward', [string, string]> = {
  city: ['City', '市'],
  town: ['Town', '町'],
  village: ['Village', '村'],
  special_ward: ['City', '区'],
};
// biome-ignore format: a table reads better packed.
const ORGANISATIONS: [string, string][] = [
  ['International Association', '国際交流協会'], ['Tourism Association', '観光協会'],
  ['Agricultural Cooperative', '農業協同組合'], ['Environmental Conservation Centre', '環境保全センター'],
  ['Chamber of Commerce and Industry', '商工会議所'], ['Council of Social Welfare', '社会福祉協議会'],
  ['Water Supply Authority', '水道企業団'], ['Industrial Promotion Foundation', '産業振興財団'],
];
// biome-ignore format: word lists read better packed.
const FAMILY: [string, string][] = [
  ['sato', '佐藤'], ['suzuki', '鈴木'], ['takahashi', '高橋'], ['tanaka', '田中'], ['watanabe', '渡辺'],
  ['ito', '伊藤'], ['yamamoto', '山本'], ['nakamura', '中村'], ['kobayashi', '小林'], ['kato', '加藤'],
  ['yoshida', '吉田'], ['yamada', '山田'], ['sasaki', '佐々木'], ['matsumoto', '松本'], ['inoue', '井上'],
];
// biome-ignore format: word lists read better packed.
const GIVEN: [string, string][] = [
  ['yuki', '由紀'], ['hiroshi', '浩'], ['akiko', '明子'], ['kenji', '健二'], ['naoko', '直子'], ['takashi', '隆'],
  ['emi', '恵美'], ['daisuke', '大輔'], ['mai', '麻衣'], ['shota', '翔太'], ['haruka', '遥'], ['makoto', '誠'],
];
// biome-ignore format: a table reads better packed.
const DEPARTMENTS: [string, string][] = [
  ['International Affairs Division', '国際交流課'], ['Planning and Policy Division', '企画政策課'],
  ['General Affairs Division', '総務課'], ['Tourism Promotion Division', '観光振興課'],
  ['Environmental Policy Division', '環境政策課'], ['Agriculture and Forestry Division', '農林課'],
];
const TITLES = ['主事', '主査', '係長', '課長補佐', '課長', 'Coordinator for International Relations'];
const STREETS = ['中央', '本町', '栄町', '幸町', '旭町', '緑町'];
const NOTES = [
  'Prefers trainees with JLPT N4 or above.',
  'Winter placements need warm clothing; the office can lend some.',
  'Housing provided in the municipal apartment near the office.',
  '受入れ時期は10月以降を希望。',
];
const KINDS: [HostKind, number][] = [
  ['city', 44],
  ['town', 22],
  ['village', 8],
  ['special_ward', 3],
  ['prefecture', 5],
  ['related_organisation', 18],
];

const TOKYO = PREFECTURES.find((p) => p.code === 13) as Prefecture;
const CUMULATIVE = KINDS.map((_, i) => KINDS.slice(0, i + 1).reduce((s, [, w]) => s + w, 0));
const TOTAL_WEIGHT = CUMULATIVE[CUMULATIVE.length - 1] ?? 1;

/** The seeded draws; each helper draws in the same order as ever, so a seed keeps its hosts. */
interface Dice {
  rnd: () => number;
  pick: <T>(list: readonly T[]) => T;
}

/** A kind drawn by weight, and its prefecture: special wards are Tokyo's (code 13). */
function drawKind(dice: Dice): { kind: HostKind; prefecture: Prefecture } {
  const roll = dice.rnd() * TOTAL_WEIGHT;
  let kind = KINDS.find((_, i) => roll < (CUMULATIVE[i] ?? TOTAL_WEIGHT))?.[0] ?? 'city';
  const prefecture = kind === 'special_ward' ? TOKYO : dice.pick(PREFECTURES);
  if (kind === 'special_ward' && dice.rnd() < 0.5) kind = 'city';
  return { kind, prefecture };
}

interface Names {
  /** The made-up place name, in English. */
  place: string;
  nameEn: string;
  nameJa: string;
  /** The municipality part of the address ('' for a prefectural government). */
  town: string;
}

/** The host's names: a prefectural government, an association of a place or prefecture, or a municipality. */
function drawNames(kind: HostKind, prefecture: Prefecture, dice: Dice): Names {
  const [a, aJa] = dice.pick(FIRST);
  const [b, bJa] = dice.pick(SECOND);
  const place = `${a}${b}`;
  const placeJa = `${aJa}${bJa}`;
  if (kind === 'prefecture') {
    return { place, nameEn: `${prefecture.en} Prefectural Government`, nameJa: `${prefecture.ja}庁`, town: '' };
  }
  if (kind === 'related_organisation') {
    const prefName = prefecture.code === 1 ? prefecture.ja : prefecture.ja.replace(/[都府県]$/, '');
    const [org, orgJa] = dice.pick(ORGANISATIONS);
    const local = dice.rnd() < 0.4;
    return {
      place,
      nameEn: `${local ? prefecture.en : place} ${org}`,
      nameJa: `${local ? prefName : placeJa}${orgJa}`,
      town: `${placeJa}市`,
    };
  }
  const [suffix, suffixJa] = MUNICIPAL[kind];
  return { place, nameEn: `${place} ${suffix}`, nameJa: `${placeJa}${suffixJa}`, town: `${placeJa}${suffixJa}` };
}

/** One to three contacts with addresses at the host's made-up domain. */
function drawContacts(kind: HostKind, place: string, dice: Dice): HostInput['contacts'] {
  const { rnd, pick } = dice;
  const slug = `${kind === 'related_organisation' ? 'org' : kind.replace('_', '-')}-${place.toLowerCase()}`;
  return Array.from({ length: 1 + Math.floor(rnd() * 2.4) }, () => {
    const [family, familyJa] = pick(FAMILY);
    const [given, givenJa] = pick(GIVEN);
    const [department, departmentJa] = pick(DEPARTMENTS);
    return {
      name: `${familyJa} ${givenJa}`,
      department: rnd() < 0.5 ? departmentJa : department,
      title: pick(TITLES),
      email: `${given}.${family}@${slug}.example`,
      phone: `0${10 + Math.floor(rnd() * 89)}-${100 + Math.floor(rnd() * 900)}-${String(Math.floor(rnd() * 10000)).padStart(4, '0')}`,
    };
  });
}

/** The rest of the host: contacts, one to three fields, an address, capacity, notes and whether it is active. */
function drawHost(kind: HostKind, prefecture: Prefecture, names: Names, fieldIds: number[], dice: Dice): HostInput {
  const { rnd, pick } = dice;
  const contacts = drawContacts(kind, names.place, dice);
  const fields = [...new Set(Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(fieldIds)))]
    .filter((id) => id !== undefined)
    .sort((x, y) => x - y);
  return {
    nameEn: names.nameEn,
    nameJa: names.nameJa,
    kind,
    prefecture: prefecture.code,
    address: `${prefecture.ja}${names.town}${pick(STREETS)}${1 + Math.floor(rnd() * 5)}丁目${1 + Math.floor(rnd() * 20)}-${1 + Math.floor(rnd() * 30)}`,
    capacity: pick([0, 1, 1, 2, 2, 2, 3, 3, 4, 5]),
    fieldIds: fields,
    contacts,
    notes: rnd() < 0.15 ? pick(NOTES) : null,
    active: rnd() < 0.93,
  };
}

export function generateHosts(options: { count: number; seed?: number; fieldIds: number[] }): HostInput[] {
  const rnd = random(options.seed ?? 20260401);
  const dice: Dice = { rnd, pick: <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T };
  const used = new Set<string>();
  const out: HostInput[] = [];
  // Each attempt may collide with a name already used in that prefecture; a few more attempts than
  // hosts are always enough (there are thousands of names per prefecture).
  for (let attempt = 0; out.length < options.count && attempt < options.count * 20 + 100; attempt++) {
    const { kind, prefecture } = drawKind(dice);
    const names = drawNames(kind, prefecture, dice);
    const key = `${prefecture.code}|${names.nameEn}`;
    const keyJa = `${prefecture.code}|${names.nameJa}`;
    if (used.has(key) || used.has(keyJa)) continue;
    used.add(key);
    used.add(keyJa);
    out.push(drawHost(kind, prefecture, names, options.fieldIds, dice));
  }
  return out;
}

export function demoHostCount(ctx: Context): number {
  return ctx.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM hosts WHERE is_demo = 1`)?.n ?? 0;
}

/** Loads `count` demo hosts unless some are loaded already; returns how many demo hosts there are. */
export function loadDemoHosts(ctx: Context, count: number): number {
  return ctx.db.tx(() => {
    const loaded = demoHostCount(ctx);
    if (loaded > 0) return loaded;
    const fieldIds = listFields(ctx).map((f) => f.id);
    return insertHosts(ctx, generateHosts({ count, seed: 11, fieldIds }), { demo: true }).length;
  });
}

/**
 * Removes the demo hosts with every placement at them (a placement cannot outlive its host), and
 * demo placements elsewhere; returns how many hosts were removed. A real trainee's placement at a
 * demo host is named in the audit entry, so it can be found again.
 */
export function removeDemoHosts(ctx: Context): number {
  return ctx.db.tx(() => {
    const real = ctx.db.all<{
      id: number;
      trainee_id: number;
      host_id: number;
      start_date: string;
      end_date: string;
    }>(sql`
      SELECT id, trainee_id, host_id, start_date, end_date FROM placements
      WHERE is_demo = 0 AND host_id IN (SELECT id FROM hosts WHERE is_demo = 1)`);
    const placements = ctx.db.run(sql`
      DELETE FROM placements
      WHERE is_demo = 1 OR host_id IN (SELECT id FROM hosts WHERE is_demo = 1)`).changes;
    const { changes } = ctx.db.run(sql`DELETE FROM hosts WHERE is_demo = 1`);
    if (changes > 0 || placements > 0) {
      recordAudit(ctx, {
        entity: 'host',
        entityId: '*',
        action: 'demo-remove',
        before: {
          count: changes,
          placements,
          realPlacements: real.map((p) => ({
            id: p.id,
            traineeId: p.trainee_id,
            hostId: p.host_id,
            startDate: p.start_date,
            endDate: p.end_date,
          })),
        },
      });
    }
    return changes;
  });
}
