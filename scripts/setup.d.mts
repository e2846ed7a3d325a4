// Types for setup.mjs.
export declare class SetupError extends Error {
  details: string;
  constructor(message: string, details?: string);
}
export interface SetupStatus {
  installed: boolean;
  built: boolean;
  electronBinary: string | null;
  electronNative: boolean;
  electronNote?: string;
  nativeNote?: string;
  details: string;
}
export declare function ensureSetup(options?: {
  root?: string;
  explicit?: boolean;
  verbose?: boolean;
  say?: (line: string) => void;
}): Promise<SetupStatus>;
export declare function reportSetupFailure(error: unknown): never;
