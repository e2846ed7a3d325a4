// Types for feature-boundaries.mjs (plain JavaScript, run by `npm run lint` without a build).
export declare const KIT: string[];

export interface CrossFeatureImport {
  /** The importing file, relative to the tree checked, with `/`. */
  file: string;
  /** 1-based line of the import. */
  line: number;
  /** The import as written. */
  spec: string;
  /** The folder it reaches into. */
  area: string;
}

export declare function crossFeatureImports(src?: string): CrossFeatureImport[];
