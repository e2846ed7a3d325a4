// Types for test-tools.mjs.
export declare const DEBIAN_CHROMIUM: string;
export declare const SYSTEM_PACKAGES: string[];
export interface ChosenChromium {
  path: string;
  source: 'CLAIR_DESK_CHROMIUM' | 'debian' | 'playwright';
}
export declare function playwrightChromium(root: string): string | null;
export declare function chooseChromium(options?: {
  env?: Record<string, string | undefined>;
  exists?: (file: string) => boolean;
  bundled?: () => string | null;
}): ChosenChromium | null;
export declare function aptPackages(facts: {
  platform: NodeJS.Platform;
  hasApt: boolean;
  env: Record<string, string | undefined>;
}): string[] | null;
export declare function otherToolsProblem(facts: {
  platform: NodeJS.Platform;
  hasPdftotext: boolean;
  chromium: ChosenChromium | null;
}): string | null;
