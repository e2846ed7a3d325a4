// Types for feature-boundaries.mjs (plain JavaScript, run by `npm run lint` without a build).
export declare const KIT: string[];
export declare const TEST_PACKAGES: string[];
export declare const PRODUCT_FOLDERS: string[];

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

export interface TestCodeImport {
  /** The product file, relative to the project folder checked, with `/`. */
  file: string;
  /** 1-based line of the import. */
  line: number;
  /** The import as written. */
  spec: string;
}

export declare function testCodeImports(root?: string): TestCodeImport[];
