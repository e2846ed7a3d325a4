// The browser-mode benchmarks, run against the built server (`node out/main/server.js`) as a person
// starts it: startup.ready_ms (spawn → the ready line), startup.rss_mb (VmRSS after ready plus one
// list request) and api.roundtrip_p95_ms (list pages over HTTP with a keep-alive agent).
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const READY = 'CLAIR Desk ready: ';

/** Starts the server on a data folder; resolves once it printed its ready line. */
export function startServer(root, dataDir) {
  const token = crypto.randomBytes(18).toString('base64url');
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(root, process.env.CLAIR_DESK_OUT ?? 'out', 'main', 'server.js')], {
    cwd: root,
    env: { ...process.env, CLAIR_DESK_DATA_DIR: dataDir, CLAIR_DESK_PORT: '0', CLAIR_DESK_TOKEN: token },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the server printed no ready line within 30 s:\n${output}`)),
      30_000,
    );
    child.stdout.on('data', (chunk) => {
      const readyMs = performance.now() - started;
      output += chunk;
      const line = output.split('\n').find((l) => l.startsWith(READY));
      if (line && !child.readyMs) {
        child.readyMs = readyMs;
        clearTimeout(timer);
        const url = line.slice(READY.length).trim();
        const server = { url, port: Number(new URL(url).port), token, pid: child.pid, readyMs, stop };
        server.launchUrl = (route) => launchAddress(server, route);
        resolve(server);
      }
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (code ${code}) before it was ready:\n${output}`));
    });
  });
  async function stop() {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(killer);
  }
  return ready.catch(async (error) => {
    await stop();
    throw error;
  });
}

/**
 * A new one-time address for one page (POST /launch/new with the token), at the hash `route` when
 * given: the printed address opens one page only.
 */
async function launchAddress(server, route) {
  const { result } = await postApi(server, null, {}, undefined, '/launch/new');
  if (!result.ok) throw new Error(`no launch code: ${JSON.stringify(result)}`);
  return `http://127.0.0.1:${server.port}/?launch=${result.value.code}${route === undefined ? '' : `#${route}`}`;
}

/** POST /api/<channel> (or `path`) on the server; resolves with the HTTP status and the parsed `{ ok, value | error }`. */
export function postApi(server, channel, input, agent, path = `/api/${channel}`) {
  const body = JSON.stringify(input);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          authorization: `Bearer ${server.token}`,
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode, result: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
          } catch (error) {
            reject(error);
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** POST /api/<channel> on the server; resolves with the parsed `{ ok, value | error }`. */
export async function call(server, channel, input, agent) {
  return (await postApi(server, channel, input, agent)).result;
}

export function rssMb(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1]);
  return kb / 1024;
}

async function firstPage(server, agent) {
  const result = await call(server, 'trainees.list', {}, agent);
  if (!result.ok || result.value.rows.length === 0)
    throw new Error(`the list request failed: ${JSON.stringify(result).slice(0, 300)}`);
  return result.value;
}

/** Starts the server `runs` times after one untimed start; median ready time, RSS of the last. */
export async function benchStartup(root, dataDir, runs = 5) {
  const times = [];
  let rss = Number.NaN;
  for (let i = 0; i <= runs; i++) {
    const server = await startServer(root, dataDir);
    try {
      const page = await firstPage(server);
      if (page.total < 1000) throw new Error(`the server sees ${page.total} trainees; expected the benchmark dataset`);
      if (i > 0) times.push(server.readyMs);
      rss = rssMb(server.pid);
    } finally {
      await server.stop();
    }
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  return {
    'startup.ready_ms': {
      value: median,
      note: `median of ${runs} starts after 1 untimed; min ${times[0].toFixed(0)}, max ${times.at(-1).toFixed(0)} ms`,
    },
    'startup.rss_mb': { value: rss, note: 'VmRSS after the ready line and one trainees.list request' },
  };
}

/** The list's default view, pages 1–20, round-robin over one keep-alive connection. */
export async function benchApi(server, { warmup = 100, timed = 1000 } = {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const inputs = Array.from({ length: 20 }, (_, i) => ({ sort: 'ref', dir: 'asc', page: i + 1, pageSize: 50 }));
  try {
    for (let i = 0; i < warmup; i++) await call(server, 'trainees.list', inputs[i % inputs.length], agent);
    const times = [];
    for (let i = 0; i < timed; i++) {
      const start = performance.now();
      const result = await call(server, 'trainees.list', inputs[i % inputs.length], agent);
      times.push(performance.now() - start);
      if (!result.ok) throw new Error(`trainees.list over HTTP failed: ${result.error.message}`);
    }
    times.sort((a, b) => a - b);
    const at = (p) => times[Math.ceil((p / 100) * times.length) - 1];
    return {
      'api.roundtrip_p95_ms': {
        value: at(95),
        note: `POST /api/trainees.list, default sort, pages 1–20 of 50 rows, keep-alive; n=${timed}, p50 ${at(50).toFixed(2)} ms, max ${times.at(-1).toFixed(2)} ms`,
      },
    };
  } finally {
    agent.destroy();
  }
}
