// Types for open-browser.mjs (plain JavaScript, run by start.mjs).
export declare const READY: string;
export declare const OPEN_FAILED: string;
export declare function readyAddress(line: string): string | null;
export declare function browserOpener(facts: {
  url: string;
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
}): { command: string; args: string[]; verbatim?: boolean } | null;
export declare function openBrowser(
  url: string,
  options?: { platform?: NodeJS.Platform; env?: Record<string, string | undefined>; log?: (line: string) => void },
): Promise<boolean | null>;
