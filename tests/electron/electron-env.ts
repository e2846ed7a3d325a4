// Where the Electron tests find the app, and what they say when they cannot run.
import path from 'node:path';
import { electronBinaryPath } from '../../scripts/setup-lib.mjs';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const ELECTRON_BINARY = electronBinaryPath(ROOT);
export const SKIP_REASON = 'Electron binary not installed on this machine — Electron tests skipped';
