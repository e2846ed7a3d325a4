// Types for verify-electron-lib.mjs.
export interface Step {
  id: string;
  title: string;
  fix: string;
}
export type StepResult = { ok: true; note?: string } | { ok: false; reason: string };
export declare const PACKAGED_ENV: string;
export declare const PRODUCT_NAME: string;
export declare const LINUX_EXECUTABLE: string;
export declare const STEPS: Step[];
export declare function packagedBinaryPath(where: { platform: string; arch: string; dist?: string }): string;
export declare function fuseTarget(binary: string): string;
export declare function failureSentence(step: Step, reason: string): string;
export declare function runSteps(
  steps: Step[],
  actions: Record<string, () => Promise<StepResult> | StepResult>,
  say?: (line: string) => void,
): Promise<{ ok: true } | { ok: false; step: string; sentence: string }>;
export declare function displayWrapper(facts: {
  platform: string;
  env: Record<string, string | undefined>;
  hasXvfbRun: boolean;
}): string[] | null;
