// Once per run: say plainly why the tests are skipped, or make sure the app is built and has its
// Electron build of better-sqlite3 (a missing one fails the run: that is a broken set-up, not a skip).

import { ensureSetup, reportSetupFailure } from '../../scripts/setup.mjs';
import { NATIVE_MISSING } from '../../scripts/setup-lib.mjs';
import { ELECTRON_BINARY, ROOT, SKIP_REASON } from './electron-env';

export default async function globalSetup(): Promise<void> {
  if (!ELECTRON_BINARY) {
    console.log(SKIP_REASON);
    return;
  }
  const status = await ensureSetup({ root: ROOT }).catch(reportSetupFailure);
  if (!status.electronNative) throw new Error(status.nativeNote ?? NATIVE_MISSING);
}
