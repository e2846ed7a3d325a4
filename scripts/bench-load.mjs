// Load on the browser mode: several clients at once, each on its own keep-alive connection, doing
// what staff do — list, search, open a record, look at Needs attention and the statistics, read the
// history — and writing: registering and editing trainees, adding progress entries. Every answer
// must be a success: an error of any kind (a "database is busy" above all) counts, and the count must
// be 0. Used by `npm run bench` (step `load`: 8 clients, 60 s, the 50,000-trainee dataset with a
// 100,000-entry history) and by the e2e load test (short, small database).
import http from 'node:http';
import Database from 'better-sqlite3';
import { postApi } from './bench-server.mjs';

const pick = (list, random) => list[Math.floor(random() * list.length)];

/** A small seeded generator, so a run's mix of requests can be repeated. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isoDay = (d) => d.toISOString().slice(0, 10);
const DAY = 86_400_000;

/** What is in the database to read and change: trainee ids, name fragments to search, fields. */
async function survey(target) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const first = (await postApi(target, 'trainees.list', { archived: 'all', pageSize: 200 }, agent)).result;
    const fields = (await postApi(target, 'reference.fields.list', {}, agent)).result;
    if (!first.ok || !fields.ok) throw new Error('the database could not be surveyed');
    const total = first.value.total;
    const pages = Math.max(1, Math.ceil(total / 200));
    const rows = [...first.value.rows];
    for (const page of [Math.ceil(pages / 2), pages]) {
      if (page <= 1) continue;
      const more = (await postApi(target, 'trainees.list', { archived: 'all', pageSize: 200, page }, agent)).result;
      if (more.ok) rows.push(...more.value.rows);
    }
    const ids = rows.map((r) => r.id);
    const fragments = [
      ...new Set(
        rows.map((r) => [...r.fullName.normalize('NFC')].slice(0, 3).join('').trim()).filter((f) => f.length >= 2),
      ),
    ].slice(0, 40);
    return { total, ids, fragments, fieldIds: fields.value.map((f) => f.id) };
  } finally {
    agent.destroy();
  }
}

/** A trainee record as the form sends it, different for every client and count. */
function newTrainee(client, n, random, fieldIds) {
  const countries = ['TH', 'VN', 'ID', 'PH', 'MY', 'KH', 'LA', 'MM'];
  return {
    fullName: `Load Client${client} Trainee${n}`,
    gender: pick(['female', 'male'], random),
    dateOfBirth: '1990-01-15',
    country: pick(countries, random),
    homeGovernment: 'Load Test City',
    fieldId: pick(fieldIds, random),
    fiscalYear: 2026,
    notes: `created by load client ${client}`,
  };
}

/** The fields a record has that its input does not. */
function inputOf(trainee) {
  const { id, ref, version, createdAt, updatedAt, hasPhoto, archived, isDemo, ...data } = trainee;
  return data;
}

/**
 * One client: requests back to back until the deadline. Records stay with the client that writes
 * them (its own new trainees, and existing ones whose id falls to it), so no two clients edit the
 * same record: every write must succeed.
 */
async function client(target, index, clients, deadline, world, record) {
  const random = mulberry32(0x5eed + index * 7919);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const mine = world.ids.filter((id) => id % clients === index);
  const created = [];
  let n = 0;
  const today = new Date();
  const timed = async (op, channel, input) => {
    const start = performance.now();
    let answer;
    try {
      answer = await postApi(target, channel, input, agent);
    } catch (error) {
      record(op, performance.now() - start, { code: 'transport', message: String(error) });
      return null;
    }
    const ms = performance.now() - start;
    const { result, status } = answer;
    record(op, ms, result.ok && status === 200 ? null : (result.error ?? { code: `http_${status}`, message: '' }));
    return result.ok ? result.value : null;
  };
  const ops = [
    [
      20,
      () =>
        timed('list', 'trainees.list', {
          page: 1 + Math.floor(random() * 20),
          sort: pick(['ref', 'name', 'country'], random),
        }),
    ],
    [18, () => timed('search', 'trainees.list', { search: pick(world.fragments, random) })],
    [18, () => timed('get', 'trainees.get', { id: pick(world.ids, random) })],
    [8, () => timed('attention', 'progress.attention.list', { limit: 50 })],
    [4, () => timed('statistics', 'statistics.get', {})],
    [4, () => timed('history', 'audit.search', { page: 1 + Math.floor(random() * 5) })],
    [
      8,
      async () => {
        n += 1;
        const data = newTrainee(index, n, random, world.fieldIds);
        const saved = await timed('create', 'trainees.create', { data, confirm: true });
        if (saved) created.push({ id: saved.trainee.id, version: saved.trainee.version, data });
      },
    ],
    [
      12,
      async () => {
        // Edit one of the client's own: a new one (known version) or an existing one (read first).
        const own = created.length > 0 && (mine.length === 0 || random() < 0.5) ? pick(created, random) : null;
        if (own) {
          const data = { ...own.data, notes: `edited ${n} by load client ${index}` };
          const saved = await timed('update', 'trainees.update', {
            id: own.id,
            version: own.version,
            data,
            confirm: true,
          });
          if (saved) own.version = saved.trainee.version;
          return;
        }
        if (mine.length === 0) return;
        const current = await timed('get', 'trainees.get', { id: pick(mine, random) });
        if (!current) return;
        const data = { ...inputOf(current), notes: `edited by load client ${index}` };
        await timed('update', 'trainees.update', { id: current.id, version: current.version, data, confirm: true });
      },
    ],
    [
      8,
      async () => {
        const traineeId =
          created.length > 0 && random() < 0.5
            ? pick(created, random).id
            : pick(mine.length ? mine : world.ids, random);
        const date = isoDay(new Date(today.getTime() - (1 + Math.floor(random() * 60)) * DAY));
        await timed('progress', 'progress.create', {
          traineeId,
          data: { kind: 'note', date, title: `Load note ${n}`, body: 'Written under load.' },
        });
      },
    ],
  ];
  const weights = ops.reduce((sum, [w]) => sum + w, 0);
  try {
    while (performance.now() < deadline) {
      let roll = random() * weights;
      for (const [w, run] of ops) {
        roll -= w;
        if (roll < 0) {
          await run();
          break;
        }
      }
    }
  } finally {
    agent.destroy();
  }
}

const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] : Number.NaN;

/**
 * Runs `clients` clients against a running server (`{ port, token }`) for `seconds`. Resolves with
 * the count, latencies (p50, p95, max, per kind of request) and every error seen.
 */
export async function runLoad(target, { clients = 8, seconds = 60 } = {}) {
  const world = await survey(target);
  if (world.ids.length === 0) throw new Error('the load needs trainees in the database');
  const times = [];
  const byOp = new Map();
  const errors = [];
  const record = (op, ms, error) => {
    times.push(ms);
    const list = byOp.get(op) ?? [];
    list.push(ms);
    byOp.set(op, list);
    if (error) errors.push({ op, code: error.code, message: error.message });
  };
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(Array.from({ length: clients }, (_, i) => client(target, i, clients, deadline, world, record)));
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const ops = Object.fromEntries(
    [...byOp].map(([op, list]) => {
      list.sort((a, b) => a - b);
      return [op, { n: list.length, p50: percentile(list, 50), p95: percentile(list, 95) }];
    }),
  );
  return {
    trainees: world.total,
    clients,
    seconds: elapsed,
    requests: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: times.at(-1) ?? Number.NaN,
    ops,
    errors,
    busy: errors.filter((e) => /busy|locked/i.test(e.message ?? '')).length,
  };
}

const ACTORS = ['Tanaka Yuki', 'Suzuki Ken', 'Sato Hanako', 'Nguyen Lan', 'Abe Mari', 'staff'];
const KINDS = [
  ['trainee', 'update', 60],
  ['trainee', 'create', 10],
  ['progress_entry', 'create', 12],
  ['placement', 'create', 6],
  ['host', 'update', 4],
  ['attendance', 'set', 6],
  ['cohort', 'update', 2],
];

/** The entry of a weighted list (weight last) that `roll` (0 ≤ roll < sum of weights) falls on. */
function weighted(list, roll) {
  let left = roll;
  for (const item of list) {
    left -= item[item.length - 1];
    if (left < 0) return item;
  }
  return list[0];
}

/**
 * Adds `count` history entries to a database file (the server not running): edits of the records
 * it holds, by six people over two years, values shaped like the app's own, so the History screen's
 * queries meet a log of realistic size and make-up.
 */
export function seedAuditLog(file, count) {
  const db = new Database(file);
  try {
    const trainees = db.prepare('SELECT id, full_name, ref FROM trainees ORDER BY id LIMIT 5000').all();
    const insert = db.prepare(
      'INSERT INTO audit_log (at, actor, entity, entity_id, action, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const random = mulberry32(42);
    const weights = KINDS.reduce((s, k) => s + k[2], 0);
    const start = Date.now() - 2 * 365 * DAY;
    const step = (2 * 365 * DAY) / count;
    db.transaction(() => {
      for (let i = 0; i < count; i++) {
        const [entity, action] = weighted(KINDS, random() * weights);
        const t = trainees[Math.floor(random() * trainees.length)] ?? { id: 1, full_name: 'x', ref: 'x' };
        const base = {
          id: t.id,
          ref: t.ref,
          fullName: t.full_name,
          homeGovernment: 'Phitsanulok Municipality',
          position: 'Officer',
          notes: `Note ${i % 97}: attended the session on local disaster planning`,
          version: 1 + (i % 5),
        };
        const before = action === 'create' ? null : JSON.stringify(base);
        const after = JSON.stringify({ ...base, notes: `Note ${i}: follow-up written`, version: base.version + 1 });
        const at = new Date(start + i * step).toISOString();
        insert.run(at, pick(ACTORS, random), entity, String(t.id), action, before, after);
      }
    })();
  } finally {
    db.close();
  }
}

/** The History screen's requests on that log: filters alone, in combination, deep pages, words. */
async function timeHistory(target, rounds = 5) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const now = Date.now();
  const month = (back) => new Date(now - back * 30 * DAY).toISOString();
  const queries = [
    {},
    { page: 500 },
    { page: 2000 },
    { actor: 'Suzuki Ken' },
    { actor: 'Suzuki Ken', page: 200 },
    { entity: 'trainee' },
    { entity: 'host' },
    { action: 'create' },
    { entity: 'trainee', entityId: '17' },
    { since: month(3), until: month(2) },
    { actor: 'Abe Mari', entity: 'progress_entry', since: month(12) },
  ];
  const words = [{ text: 'follow-up' }, { text: 'no such words anywhere' }, { text: 'Suzuki', entity: 'trainee' }];
  const time = async (list) => {
    const times = [];
    for (let r = 0; r <= rounds; r++) {
      for (const q of list) {
        const start = performance.now();
        const { result } = await postApi(target, 'audit.search', q, agent);
        if (!result.ok) throw new Error(`audit.search ${JSON.stringify(q)} failed: ${result.error.message}`);
        if (r > 0) times.push(performance.now() - start);
      }
    }
    return times.sort((a, b) => a - b);
  };
  try {
    return { filters: await time(queries), words: await time(words), n: queries.length, w: words.length };
  } finally {
    agent.destroy();
  }
}

const fmt = (ms) => `${ms.toFixed(1)} ms`;

/** `npm run bench` step `load`: a big history first, then 8 clients for 60 s. */
export async function benchLoad(
  startServer,
  root,
  dataDir,
  { clients = 8, seconds = 60, auditEntries = 100_000 } = {},
) {
  const seedStart = performance.now();
  seedAuditLog(`${dataDir}/clair-desk.sqlite`, auditEntries);
  const seedMs = performance.now() - seedStart;
  const server = await startServer(root, dataDir);
  try {
    const history = await timeHistory(server);
    const load = await runLoad(server, { clients, seconds });
    const perOp = Object.entries(load.ops)
      .map(([op, s]) => `${op} ${s.n} p95 ${s.p95.toFixed(1)}`)
      .join(', ');
    const firstErrors = load.errors
      .slice(0, 3)
      .map((e) => `${e.op}: ${e.code} ${e.message}`)
      .join('; ');
    return {
      'load.requests': {
        value: load.requests,
        note: `${clients} clients, keep-alive each, ${load.seconds.toFixed(1)} s on ${load.trainees.toLocaleString('en')} trainees with ${auditEntries.toLocaleString('en')} history entries (added in ${(seedMs / 1000).toFixed(1)} s); ${(load.requests / load.seconds).toFixed(0)} requests/s; mix per kind (n, p95 ms): ${perOp}`,
      },
      'load.p50_ms': { value: load.p50, note: 'median latency of every request of the load run' },
      'load.p95_ms': { value: load.p95, note: `95th percentile of every request; max ${fmt(load.max)}` },
      'load.errors': {
        value: load.errors.length,
        note: `answers that were not a success (any code), of them "database is busy": ${load.busy}${firstErrors ? `; first: ${firstErrors}` : ''}`,
      },
      'audit.search_p95_ms': {
        value: percentile(history.filters, 95),
        note: `POST /api/audit.search on a ${auditEntries.toLocaleString('en')}-entry log, page of 50 with its total: ${history.n} filter sets (none, pages 500 and 2,000, person, person + page 200, kind, kind = host, action, one record, a month, person + kind + a year) × 5 rounds after 1; p50 ${fmt(percentile(history.filters, 50))}`,
      },
      'audit.text_search_p95_ms': {
        value: percentile(history.words, 95),
        note: `the same with words (found often, found nowhere, with a kind): a pass over the values; p50 ${fmt(percentile(history.words, 50))}`,
      },
    };
  } finally {
    await server.stop();
  }
}
