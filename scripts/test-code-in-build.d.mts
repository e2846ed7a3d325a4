// Types for test-code-in-build.mjs (plain JavaScript, run by `npm test` after the build).
export declare const PACKAGE_MARKERS: { name: string; pattern: RegExp }[];

export interface TestCodeInBuild {
  /** The built file, relative to the build folder, with `/`. */
  file: string;
  /** `vitest`, `fast-check`, or the helper's path relative to the project. */
  what: string;
  /** What was found: the text matched, the module id, or the helper's string. */
  evidence: string;
}

/** Each long string of a test helper that no product source contains, mapped to the helper's path. */
export declare function helperMarkers(root?: string): Map<string, string>;

export declare function testCodeInBuild(out: string, root?: string): TestCodeInBuild[];
