// Files the person chose in the desktop app's dialogs, known to the renderer only by an opaque handle:
// the Electron main process registers the chosen path here (through the session object, not a contract
// channel, so no page can register anything) and the renderer hands the handle to a core channel
// (backup.copyTo, backup.restore.inspect/apply), which resolves it back to the path. A handle is bound
// to what it was chosen for (purpose and open/save), expires, and a save handle is used once.
import crypto from 'node:crypto';
import path from 'node:path';
import type { FilePurpose } from '../../../shared/files/schema';
import { AppFailure } from '../../../shared/result';

export type HandleMode = 'open' | 'save';

export interface HandleUse {
  purpose: FilePurpose;
  mode: HandleMode;
}

export interface FileHandles {
  /** Registers a chosen file; answers the handle and the file's base name (for display). */
  register(file: string, use: HandleUse): { handle: string; name: string };
  /**
   * The path a handle stands for, when used as it was registered; a save handle is gone once resolved.
   * Fails (invalid_input, issue `choose_file_again` at `at`) when it is unknown, expired or used otherwise.
   */
  resolve(handle: string, use: HandleUse, at?: string): string;
  /** Forgets a handle (an open handle after the restore it was chosen for succeeded). */
  release(handle: string): void;
}

/** Long enough to read an inspection and decide; short enough that a forgotten choice goes. */
export const HANDLE_TTL_MS = 30 * 60 * 1000;

interface Entry extends HandleUse {
  file: string;
  expires: number;
}

function chooseAgain(at: string, why: string): AppFailure {
  return new AppFailure({
    code: 'invalid_input',
    message: `The chosen file ${why}. Choose the file again.`,
    issues: [{ path: at, code: 'choose_file_again' }],
  });
}

export function createFileHandles(options: { now?: () => number; ttlMs?: number } = {}): FileHandles {
  const now = options.now ?? Date.now;
  const ttl = options.ttlMs ?? HANDLE_TTL_MS;
  const entries = new Map<string, Entry>();
  const sweep = () => {
    const time = now();
    for (const [handle, entry] of entries) if (entry.expires <= time) entries.delete(handle);
  };
  return {
    register(file, use) {
      // The dialogs give full paths; anything else is the shell's mistake, not the person's.
      if (!path.isAbsolute(file)) throw new Error('A file handle needs a full path.');
      sweep();
      const handle = crypto.randomUUID();
      entries.set(handle, { file: path.normalize(file), purpose: use.purpose, mode: use.mode, expires: now() + ttl });
      return { handle, name: path.basename(file) };
    },
    resolve(handle, use, at = 'handle') {
      sweep();
      const entry = entries.get(handle);
      if (!entry) throw chooseAgain(at, 'is no longer known to the app (it expired, or was used already)');
      if (entry.purpose !== use.purpose || entry.mode !== use.mode) {
        throw chooseAgain(at, `was chosen to ${entry.mode} a ${entry.purpose} file, not for this`);
      }
      if (entry.mode === 'save') entries.delete(handle);
      return entry.file;
    },
    release(handle) {
      entries.delete(handle);
    },
  };
}
