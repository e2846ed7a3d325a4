// Types for test-summary.mjs.
export interface Failure {
  name: string;
  message: string;
}
export interface SuiteResult {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
  failures: Failure[];
  note?: string;
  ms?: number;
}
export interface Totals {
  passed: number;
  failed: number;
  skipped: number;
}
export declare function stripAnsi(text: unknown): string;
export declare function couldNotRun(name: string, reason: string): SuiteResult;
export declare function fromExitCode(name: string, code: number, output?: string): SuiteResult;
export declare function fromVitest(name: string, report: unknown, exitCode?: number): SuiteResult;
export declare function fromPlaywright(name: string, report: unknown, exitCode?: number): SuiteResult;
export declare function totals(suites: SuiteResult[]): Totals;
export declare function finalLine(totals: Totals): string;
export declare function formatDuration(ms: number | undefined): string;
export declare function table(suites: SuiteResult[], totalMs?: number): string[];
export declare function exitCode(suites: SuiteResult[]): 0 | 1;
