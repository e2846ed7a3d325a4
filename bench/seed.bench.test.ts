// seed.insert_vs_raw_ratio: the 50,000 generated trainees inserted through the core (insertTrainees:
// each record validated, reference numbers drawn, one audit entry for the batch) against a plain
// prepared INSERT of exactly the same column values (keys from inputColumns included) in one
// transaction. Each side gets a fresh migrated database: same table, indexes and FTS triggers.
// The core side's database becomes the cached benchmark dataset when none is cached yet.

import path from 'node:path';
import { expect, test } from 'vitest';
import { openDatabase } from '../electron/core/db/database';
import { DB_FILE } from '../electron/core/paths';
import { inputColumns } from '../electron/core/trainees/rows';
import { insertTrainees } from '../electron/core/trainees/service';
import type { TraineeInput } from '../shared/trainees/schema';
import { adoptAsDataset, benchClock, benchRecords, COUNT, openBenchCore, tempDir } from './lib/dataset';
import { report } from './lib/stats';

/** The rows insertTrainees writes, computed up front so the raw side times SQLite alone. */
function rawRows(records: TraineeInput[]) {
  const clock = benchClock();
  const counters = new Map<number, number>();
  return records.map((data) => {
    const seq = (counters.get(data.fiscalYear) ?? 0) + 1;
    counters.set(data.fiscalYear, seq);
    const ref = `FY${data.fiscalYear}-${String(seq).padStart(4, '0')}`;
    const at = clock().toISOString();
    return { ref, ...inputColumns(ref, data), is_demo: 0, created_at: at, updated_at: at };
  });
}

const FINGERPRINT = {
  text: 'SELECT count(*) AS n, max(ref_key) AS ref, sum(length(search_key)) AS keys, max(updated_at) AS at FROM trainees',
  params: [],
};

test('seed: core bulk insert vs raw prepared insert', () => {
  const rawFolder = tempDir('seed-raw');
  const coreFolder = tempDir('seed-core');
  try {
    // Raw: one prepared statement, one transaction.
    const rawDb = openDatabase({ file: path.join(rawFolder.dir, DB_FILE), logSlow: false });
    const fieldIds = rawDb.all<{ id: number }>({ text: 'SELECT id FROM fields', params: [] });
    expect(fieldIds.length).toBeGreaterThan(0);
    const core = openBenchCore(coreFolder.dir);
    const records = benchRecords(core);
    const rows = rawRows(records);
    const keys = Object.keys(rows[0] ?? {});
    const insert = rawDb.raw.prepare(
      `INSERT INTO trainees (${keys.join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`,
    );
    const values = rows.map((r) => Object.values(r));
    const rawStart = performance.now();
    rawDb.raw.transaction(() => {
      for (const v of values) insert.run(v);
    })();
    const rawMs = performance.now() - rawStart;

    // Core: the bulk path the demo data and imports use.
    const coreStart = performance.now();
    insertTrainees(core.ctx, records, { demo: false });
    const coreMs = performance.now() - coreStart;

    // Both sides must have written the same rows.
    expect(core.db.get(FINGERPRINT)).toEqual(rawDb.get(FINGERPRINT));
    rawDb.close();
    core.close();
    adoptAsDataset(coreFolder.dir);

    const note = `${COUNT} rows, one run each`;
    report({
      'seed.insert_vs_raw_ratio': {
        value: coreMs / rawMs,
        note: `core ${coreMs.toFixed(0)} ms / raw ${rawMs.toFixed(0)} ms`,
      },
      'seed.core_insert_ms': { value: coreMs, note },
      'seed.raw_insert_ms': { value: rawMs, note },
    });
  } finally {
    rawFolder.cleanup();
    coreFolder.cleanup();
  }
});
