// Test helper (fast-check arbitraries, not app code): VALID requests for the backup channels, as the
// global dispatch property test needs them, and which of them only read. Copies go to a scratch folder
// of this test process (a few names, overwritten), which the restore sources then use: some are whole
// CLAIR Desk databases (restorable), some are missing or not databases at all (refused for the data).
// Files are named by handles, registered with the core under test as the Electron shell would.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import type { backupContract } from '../../../../shared/backup/schema';
import type { FileHandles, HandleMode } from '../../files/handles';

type Channels = keyof typeof backupContract;

/** Where valid copyTo requests write; removed by `removeBackupScratch` after the property test. */
export const BACKUP_SCRATCH = path.join(os.tmpdir(), `clair-desk-backup-arbitraries-${process.pid}`);
fs.mkdirSync(BACKUP_SCRATCH, { recursive: true });
fs.writeFileSync(path.join(BACKUP_SCRATCH, 'notes.txt'), 'not a database\n');

export function removeBackupScratch(): void {
  fs.rmSync(BACKUP_SCRATCH, { recursive: true, force: true });
}

let handles: FileHandles | null = null;
/** The registry of the core under test, where generated file handles are registered. */
export function useBackupHandles(registry: FileHandles): void {
  handles = registry;
}

/** A handle to `file` as the shell's dialog would give it, or an unknown one before a core is set. */
function handleTo(file: string, mode: HandleMode): string {
  return handles?.register(file, { purpose: 'backup', mode }).handle ?? '0f0e0d0c-0b0a-4908-8706-050403020100';
}

const backupId = fc.oneof(
  fc.constantFrom('clair-desk-manual-20260601T000000000Z.sqlite', 'clair-desk-daily-20260601T000000Z-2.sqlite'),
  fc.stringMatching(/^clair-desk-[a-z_]{1,12}-\d{8}T\d{6}(\d{3})?Z(-\d{1,3})?\.sqlite$/),
);
const copyPath = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 3 }).map((n) => path.join(BACKUP_SCRATCH, `copy-${n}.sqlite`)), weight: 4 },
  { arbitrary: fc.constant(path.join(BACKUP_SCRATCH, 'no-such-folder', 'copy.sqlite')), weight: 1 },
);
const sourcePath = fc.oneof(
  copyPath,
  fc.constant(path.join(BACKUP_SCRATCH, 'notes.txt')),
  fc.constant(path.join(BACKUP_SCRATCH, 'missing.sqlite')),
);
const source = fc.oneof(
  fc.record({ kind: fc.constant('backup' as const), id: backupId }),
  fc.record({ kind: fc.constant('file' as const), handle: sourcePath.map((file) => handleTo(file, 'open')) }),
  fc.record({ kind: fc.constant('upload' as const), uploadId: fc.uuid() }),
);

export const backupValid: { [C in Channels]: fc.Arbitrary<unknown> } = {
  'backup.list': fc.constant({}),
  'backup.status': fc.constant({}),
  'backup.create': fc.constant({}),
  'backup.copyTo': fc.record(
    { id: backupId, handle: copyPath.map((file) => handleTo(file, 'save')) },
    { requiredKeys: ['handle'] },
  ),
  'backup.restore.inspect': fc.record({ source }),
  'backup.restore.apply': fc.record({ source, confirm: fc.constant(true as const) }),
};
