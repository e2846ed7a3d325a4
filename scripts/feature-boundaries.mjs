// A renderer feature (renderer/src/<feature>/) imports only from the kit and the app's plumbing (ui/,
// api/, i18n/, app/), from shared/, and from itself, so a fix made in the kit reaches every feature
// and no feature leans on another's internals. app/ is where features are put together: it may
// import any of them. The kit and plumbing import no feature. And product code (electron/, shared/,
// renderer/, but not *.test.ts(x) or a __tests__/ folder) imports no test code: no test library, no
// helper from __tests__/ or tests/, so none of it can reach the build. Part of `npm run lint`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const KIT = ['ui', 'api', 'i18n', 'app'];
/** What only tests may import: these packages, a `__tests__/` folder, the project's `tests/`. */
export const TEST_PACKAGES = ['vitest', 'fast-check', '@playwright/test'];
const TEST_FOLDER = '__tests__';
export const PRODUCT_FOLDERS = ['electron', 'shared', 'renderer'];
// `import … from`, `export … from`, a bare `import './x.css'` and `import('./x')`.
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Product sources under `dir`: .ts and .tsx files, not tests, not inside a __tests__/ folder. */
function* sourceFiles(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== TEST_FOLDER) yield* sourceFiles(full);
    } else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) yield full;
  }
}

/** Each import in `text` as its spec and the 1-based line it ends on. */
function* importsOf(text) {
  for (const m of text.matchAll(IMPORT)) {
    const line = text.slice(0, m.index + m[0].length).split('\n').length;
    yield { spec: m[1] ?? m[2] ?? m[3] ?? '', line };
  }
}

/**
 * Every import that crosses from one area of `src` into a feature it may not use: `file` relative to
 * `src` (with `/`), the 1-based `line`, the import's `spec` and the `area` it reaches into.
 */
export function crossFeatureImports(src = path.join(ROOT, 'renderer', 'src')) {
  const found = [];
  for (const file of sourceFiles(src)) {
    const from = path.relative(src, file).split(path.sep);
    if (from.length < 2 || from[0] === 'app') continue; // top-level files and app/ put features together
    for (const { spec, line } of importsOf(fs.readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) continue;
      const target = path.relative(src, path.resolve(path.dirname(file), spec)).split(path.sep);
      if (target[0] === '..' || target.length < 2) continue; // shared/, or a top-level file
      const area = target[0];
      const own = area === from[0];
      const allowed = KIT.includes(area) && !(KIT.includes(from[0]) && area === 'app');
      if (own || allowed) continue;
      found.push({ file: from.join('/'), line, spec, area });
    }
  }
  return found;
}

/** Whether `spec`, imported by `file`, is test code: a test package, or a file in __tests__/ or tests/. */
function isTestCode(spec, file, root) {
  if (TEST_PACKAGES.some((name) => spec === name || spec.startsWith(`${name}/`))) return true;
  if (!spec.startsWith('.')) return false;
  const target = path.relative(root, path.resolve(path.dirname(file), spec)).split(path.sep);
  return target[0] === 'tests' || target.includes(TEST_FOLDER);
}

/**
 * Every import of test code by a product file under `root` (a project folder): `file` relative to
 * `root` (with `/`), the 1-based `line` and the import's `spec`.
 */
export function testCodeImports(root = ROOT) {
  const found = [];
  for (const folder of PRODUCT_FOLDERS) {
    if (!fs.existsSync(path.join(root, folder))) continue;
    for (const file of sourceFiles(path.join(root, folder))) {
      for (const { spec, line } of importsOf(fs.readFileSync(file, 'utf8'))) {
        if (!isTestCode(spec, file, root)) continue;
        found.push({ file: path.relative(root, file).split(path.sep).join('/'), line, spec });
      }
    }
  }
  return found;
}

// `node scripts/feature-boundaries.mjs [root]`: this project unless another folder is named (the tests
// name small ones); its renderer/src is the renderer's tree. Exit code 1 and one line per import when
// a feature imports another or product code imports test code.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(process.argv[2] ?? ROOT);
  const where = (file) => path.relative(process.cwd(), path.join(root, file)).split(path.sep).join('/');
  const src = path.join(root, 'renderer', 'src');
  const crossings = fs.existsSync(src) ? crossFeatureImports(src) : [];
  for (const f of crossings) {
    console.error(
      `${where(`renderer/src/${f.file}`)}:${f.line}: imports ${f.spec} — a feature uses only ui/, api/, i18n/, app/ and itself (move the piece into ui/, or put the features together in app/).`,
    );
  }
  const tests = testCodeImports(root);
  for (const f of tests) {
    console.error(
      `${where(f.file)}:${f.line}: imports ${f.spec} — product code imports no test code (use it from a *.test.ts file, or move the piece out of __tests__/ or tests/).`,
    );
  }
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (crossings.length > 0) console.error(`Feature boundaries: ${plural(crossings.length, 'cross-feature import')}.`);
  if (tests.length > 0) console.error(`Test code: ${plural(tests.length, 'import')} of it in product code.`);
  if (crossings.length + tests.length > 0) process.exit(1);
  console.log('Feature boundaries: no feature imports another, and product code imports no test code.');
}
