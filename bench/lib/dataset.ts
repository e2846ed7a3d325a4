// The benchmark dataset: 50,000 trainees across 30 fiscal years from the demo generator, inserted
// through the core. Built once and cached under .cache/bench, keyed by the count and a hash of the
// core's and shared/'s sources (the generator, the services that insert, the schema): any change
// there builds a new one. Every benchmark works on a copy so the cached file stays clean.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Core, openCore } from '../../electron/core/app';
import { generateTrainees } from '../../electron/core/demo/generator';
import { DB_FILE } from '../../electron/core/paths';
import { insertTrainees } from '../../electron/core/trainees/service';
import type { TraineeInput } from '../../shared/trainees/schema';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CACHE_DIR = path.join(ROOT, '.cache', 'bench');
export const COUNT = Number(process.env.BENCH_COUNT ?? 50_000);
export const LAST_FISCAL_YEAR = 2025;
export const YEARS = 30;
export const SEED = 20261127;

/** Everything the dataset's content can depend on: the core (generator, services, schema) and shared. */
const SOURCES = ['electron/core', 'shared'];

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return sourceFiles(full);
      return /\.(ts|sql)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [full] : [];
    });
}

export function datasetKey(): string {
  const hash = crypto.createHash('sha256');
  hash.update(`count=${COUNT};fy=${LAST_FISCAL_YEAR};years=${YEARS};seed=${SEED}`);
  for (const source of SOURCES) {
    for (const file of sourceFiles(path.join(ROOT, source))) {
      hash.update(`${path.relative(ROOT, file)}\n${fs.readFileSync(file, 'utf8')}`);
    }
  }
  return hash.digest('hex').slice(0, 12);
}

export const datasetFile = () => path.join(CACHE_DIR, `trainees-${COUNT}-${datasetKey()}.sqlite`);

/** Tells scripts/bench.mjs (plain Node, no Vite) which file is the current dataset. */
function announce(file: string): void {
  fs.writeFileSync(path.join(CACHE_DIR, 'dataset.json'), JSON.stringify({ file, count: COUNT }));
}

/** A repeatable clock: one minute per call from 1 January 2025, so updated_at values differ. */
export function benchClock(start = Date.UTC(2025, 0, 1)): () => Date {
  let tick = 0;
  return () => new Date(start + tick++ * 60_000);
}

export function openBenchCore(dataDir: string, now: () => Date = benchClock()): Core {
  return openCore({ dataDir, mode: 'browser', version: 'bench', logSlow: false, now });
}

export function benchRecords(core: Core, count = COUNT, seed = SEED): TraineeInput[] {
  const fieldIds = core.db
    .all<{ id: number }>({ text: 'SELECT id FROM fields ORDER BY id', params: [] })
    .map((f) => f.id);
  return generateTrainees({ count, seed, fieldIds, lastFiscalYear: LAST_FISCAL_YEAR, years: YEARS });
}

/** A fresh, empty folder under .cache/bench/tmp; removed by `cleanup`. */
export function tempDir(label: string): { dir: string; cleanup(): void } {
  const parent = path.join(CACHE_DIR, 'tmp');
  fs.mkdirSync(parent, { recursive: true });
  const dir = fs.mkdtempSync(path.join(parent, `${label}-`));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Keeps a finished data folder's database as the cached dataset (the core must be closed). */
export function adoptAsDataset(dataDir: string): void {
  const target = datasetFile();
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  announce(target);
  if (fs.existsSync(target)) return;
  for (const old of fs.readdirSync(CACHE_DIR)) {
    if (old.startsWith(`trainees-${COUNT}-`) && old.endsWith('.sqlite')) fs.rmSync(path.join(CACHE_DIR, old));
  }
  fs.copyFileSync(path.join(dataDir, DB_FILE), `${target}.part`);
  fs.renameSync(`${target}.part`, target);
}

/** The cached dataset's path, building it first if it is missing. */
export function ensureDataset(): string {
  const target = datasetFile();
  if (fs.existsSync(target)) {
    announce(target);
    return target;
  }
  const tmp = tempDir('build');
  try {
    const core = openBenchCore(tmp.dir);
    const start = performance.now();
    insertTrainees(core.ctx, benchRecords(core), { demo: false });
    core.close();
    console.log(`built the ${COUNT}-trainee dataset in ${((performance.now() - start) / 1000).toFixed(1)} s`);
    adoptAsDataset(tmp.dir);
  } finally {
    tmp.cleanup();
  }
  return target;
}

/** A data folder holding a private copy of the dataset. */
export function datasetCopy(label: string): { dir: string; cleanup(): void } {
  const source = ensureDataset();
  const tmp = tempDir(label);
  fs.copyFileSync(source, path.join(tmp.dir, DB_FILE));
  return tmp;
}
