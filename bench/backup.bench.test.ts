// backup.50k_ms: createBackup on a copy of the 50,000-trainee dataset — the online backup API's page
// copy, then the verification (open read-only, PRAGMA integrity_check, application_id, schema version,
// counts), the rename and the sidecar. Median of 5 after one warm-up (which also takes the month's
// monthly copy).
// restore.50k_ms: applyRestore of one of those backups — the copy into the data folder and its
// inspection (integrity_check again), the verified safety backup of the current data, the switch
// (checkpoint, close, rename) and the reopening. Median of 3.
// Also, for the record (no targets): what integrity_check and quick_check cost on the backup alone.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Core, openCore } from '../electron/core/app';
import { removeBackup } from '../electron/core/backup/catalog';
import { backupsDir } from '../electron/core/backup/paths';
import { applyRestore, createBackup } from '../electron/core/backup/service';
import type { BackupInfo } from '../shared/backup/schema';
import { benchClock, COUNT, datasetCopy } from './lib/dataset';
import { report, summarise } from './lib/stats';

let core: Core;
let folder: { dir: string; cleanup(): void };

beforeAll(() => {
  folder = datasetCopy('backup');
  // No automatic backups: only the ones measured here run.
  core = openCore({
    dataDir: folder.dir,
    mode: 'browser',
    version: 'bench',
    logSlow: false,
    now: benchClock(),
    autoBackup: false,
  });
});

afterAll(() => {
  core?.close();
  folder?.cleanup();
});

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
let kept: BackupInfo;

test('backup: online copy and verification of the whole dataset', async () => {
  kept = await createBackup(core.ctx, 'manual');
  expect(kept).toMatchObject({ verified: true, counts: { trainees: COUNT } });
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const { ms, value } = await timed(() => createBackup(core.ctx, 'manual'));
    expect(value.verified).toBe(true);
    runs.push(ms);
    removeBackup(folder.dir, value.id);
  }
  const s = summarise(runs);

  // Where the time goes: the checks on the finished file.
  const raw = new Database(path.join(backupsDir(folder.dir), kept.id), { readonly: true });
  const check = (pragma: string) => {
    const start = performance.now();
    expect(raw.pragma(pragma, { simple: true })).toBe('ok');
    return performance.now() - start;
  };
  const integrity = check('integrity_check');
  const quick = check('quick_check');
  raw.close();
  report({
    'backup.50k_ms': {
      value: s.p50,
      note: `median of ${s.n} after 1 warm-up (max ${s.max.toFixed(0)} ms); ${COUNT} trainees, file ${mb(kept.size)}; online backup API + integrity_check verification + sidecar`,
    },
    'backup.integrity_check_ms': {
      value: integrity,
      note: 'PRAGMA integrity_check alone on the backup (part of both figures)',
    },
    'backup.quick_check_ms': { value: quick, note: 'PRAGMA quick_check alone, for comparison (not used)' },
  });
});

test('restore: inspection, safety backup, switch and reopening', async () => {
  const source = { kind: 'backup' as const, id: kept.id };
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const { ms, value } = await timed(() => applyRestore(core.ctx, source));
    expect(value.counts.trainees).toBe(COUNT);
    expect(value.safetyBackup.verified).toBe(true);
    runs.push(ms);
    removeBackup(folder.dir, value.safetyBackup.id);
  }
  expect(fs.readdirSync(folder.dir).filter((f) => f.startsWith('.tmp-'))).toEqual([]);
  const s = summarise(runs);
  report({
    'restore.50k_ms': {
      value: s.p50,
      note: `median of ${s.n} (max ${s.max.toFixed(0)} ms); restore.apply's work on a ${mb(kept.size)} backup: copy + integrity_check, verified safety backup, checkpoint/close/rename/reopen`,
    },
  });
});
