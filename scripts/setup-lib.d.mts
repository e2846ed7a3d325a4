// Types for setup-lib.mjs (plain JavaScript so it runs before anything is installed).
export declare const NATIVE_DIR: string;
export declare const NATIVE_FILE: string;
export declare const NATIVE_INFO: string;
export declare const STATE_FILE: string;
export declare const RETRY_MS: number;
export declare const BUILD_INPUTS: string[];
export declare const BUILD_OUTPUTS: string[];
export declare const ELECTRON_UNREACHABLE: string;
export declare const ELECTRON_TOO_SLOW: string;
export declare const NATIVE_MISSING: string;

export interface Attempt {
  at: number;
  version: string | undefined;
  ok: boolean;
  timedOut?: boolean;
}

export declare function installReason(facts: {
  hasNodeModules: boolean;
  installedMtime: number | null;
  lockMtime: number | null;
}): 'missing' | 'lock-changed' | null;
export declare function isStale(newestInputMtime: number, oldestOutputMtime: number | null): boolean;
export declare function attemptDue(
  last: Attempt | undefined,
  options: { now: number; version: string | undefined; explicit: boolean },
): boolean;
export declare function chooseMode(facts: {
  electronBinary: boolean;
  electronNative: boolean;
  electronNote?: string;
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
}): { mode: 'electron' } | { mode: 'browser'; reason: string };

export declare function mtimeOf(file: string): number | null;
export declare function newestMtime(root: string, entries: string[]): number;
export declare function oldestMtime(root: string, files: string[]): number | null;
export declare function readJson(file: string): unknown;
export declare function electronVersion(root: string): string | undefined;
export declare function electronBinaryPath(root: string, env?: Record<string, string | undefined>): string | null;
export declare function electronNativeReady(root: string, version: string | undefined): boolean;
export declare function readState(root: string): { electronDownload?: Attempt; electronNative?: Attempt };
export declare function writeState(root: string, patch: Record<string, Attempt>): void;
export declare function run(
  command: string,
  args: string[],
  options?: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number; verbose?: boolean; shell?: boolean },
): Promise<{ code: number | null; timedOut: boolean; output: string }>;
