// The build (out/) holds no test code: not vitest, not fast-check, not a test helper (a file in a
// __tests__/ folder or in tests/). Lint refuses product code that imports them; this checks what the
// bundler really wrote, after `npx electron-vite build`. Part of `npm test`, right after the build.
// The main build keeps each module's id as a `// path` comment; the renderer is minified, so there a
// helper is known by its strings: the long literals of a helper that no product source contains.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PRODUCT_FOLDERS = ['electron', 'shared', 'renderer'];
const TEST_FOLDER = '__tests__';
/** Long enough that a helper's string does not turn up in a library by chance. */
const MIN_MARKER = 16;
const BUILT = /\.(js|cjs|mjs|html|css|json)$/;
const PRODUCT_TEXT = /\.(ts|tsx|json|sql|css|html|md|csv|txt|svg)$/;

/**
 * The test packages as a bundle shows them: an import left external (`from "vitest"`), a module id
 * (`// node_modules/@vitest/…`), or the package's own keys that survive minifying (`__vitest_…`,
 * `Symbol.for("fast-check/…")`).
 */
export const PACKAGE_MARKERS = [
  { name: 'vitest', pattern: /["'`]@?vitest["'`/]|node_modules\/@?vitest\/|__vitest_/ },
  { name: 'fast-check', pattern: /["'`]fast-check["'`/]|node_modules\/fast-check\// },
];

function* filesUnder(dir, wanted) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') yield* filesUnder(full, wanted);
    } else if (wanted(full)) yield full;
  }
}

const inTestFolder = (file) => file.split(path.sep).includes(TEST_FOLDER);
const isTest = (file) => /\.test\.tsx?$/.test(file) || inTestFolder(file);
const relative = (root, file) => path.relative(root, file).split(path.sep).join('/');

/** The test helpers: .ts(x) files in a __tests__/ folder of the product folders, and under tests/support/. */
function* helperFiles(root) {
  const isSource = (file) => /\.tsx?$/.test(file);
  for (const folder of PRODUCT_FOLDERS) {
    yield* filesUnder(path.join(root, folder), (file) => isSource(file) && inTestFolder(file));
  }
  yield* filesUnder(path.join(root, 'tests', 'support'), isSource);
}

/** Nodes whose `source` names a module (`import … from '…'`, `import('…')`): no bundle keeps it. */
const IMPORTS = new Set(['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ImportExpression']);

/** The strings and template pieces in a TypeScript source, which a bundle writes as they are. */
function literalsOf(file, text) {
  const found = [];
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    if (node.type === 'Literal' && typeof node.value === 'string') found.push(node.value);
    if (node.type === 'TemplateElement' && node.value.cooked != null) found.push(node.value.cooked);
    for (const [key, child] of Object.entries(node)) {
      const moduleName = (IMPORTS.has(node.type) && key === 'source') || node.type === 'TSImportType';
      if (!moduleName) visit(child);
    }
  };
  visit(parseAst(text, { lang: file.endsWith('.tsx') ? 'tsx' : 'ts' }));
  return found;
}

/** A literal a minifier writes unchanged: long, printable ASCII, nothing it would escape. */
const isMarker = (text) => text.length >= MIN_MARKER && /^[\x20-\x7e]+$/.test(text) && !/[`\\]|\$\{/.test(text);

/**
 * Strings that say a helper is in the build: each long literal of a helper that no product source
 * (electron/, shared/, renderer/ outside tests) contains. A map from the string to the helper's path.
 */
export function helperMarkers(root = ROOT) {
  const product = PRODUCT_FOLDERS.flatMap((folder) => [
    ...filesUnder(path.join(root, folder), (file) => PRODUCT_TEXT.test(file) && !isTest(file)),
  ]).map((file) => fs.readFileSync(file, 'utf8'));
  const markers = new Map();
  for (const file of helperFiles(root)) {
    for (const text of literalsOf(file, fs.readFileSync(file, 'utf8'))) {
      if (isMarker(text) && !markers.has(text) && !product.some((source) => source.includes(text))) {
        markers.set(text, relative(root, file));
      }
    }
  }
  return markers;
}

const moduleIds = (text) => [...text.matchAll(/^\/\/(?:#region)? (\S+\.[cm]?[jt]sx?)$/gm)].map((m) => m[1]);

/** The module ids in a built file (`// electron/core/x.ts`) that are test code: in __tests__/ or tests/. */
function testModuleIds(text) {
  const ids = moduleIds(text);
  return ids
    .filter((id) => !id.includes('node_modules/'))
    .map((id) => id.replace(/^(\.\.\/)+/, ''))
    .filter((id) => id.startsWith('tests/') || id.split('/').includes(TEST_FOLDER));
}

/** What test code one built file holds: `what` (a package or a helper's path) and the `evidence`. */
function testCodeIn(text, markers) {
  const found = [];
  for (const { name, pattern } of PACKAGE_MARKERS) {
    const m = pattern.exec(text);
    if (m) found.push({ what: name, evidence: `matched ${m[0]}` });
  }
  for (const id of new Set(testModuleIds(text))) found.push({ what: id, evidence: 'its module id' });
  const helpers = new Set(found.map((f) => f.what));
  // A file that names its modules is judged by those names: its libraries (exceljs's XML namespaces,
  // say) may hold a helper's string by chance. Strings are the evidence only in minified files.
  if (moduleIds(text).length > 0) return found;
  for (const [marker, helper] of markers) {
    if (helpers.has(helper) || !text.includes(marker)) continue;
    helpers.add(helper);
    found.push({ what: helper, evidence: `its string "${marker}"` });
  }
  return found;
}

/**
 * Every piece of test code in the build folder `out`: `file` relative to `out` (with `/`), `what` it
 * is (vitest, fast-check, or the helper's path) and the `evidence` found. Helpers are read from `root`.
 */
export function testCodeInBuild(out, root = ROOT) {
  const markers = helperMarkers(root);
  const found = [];
  for (const file of filesUnder(out, (f) => BUILT.test(f))) {
    for (const f of testCodeIn(fs.readFileSync(file, 'utf8'), markers)) found.push({ file: relative(out, file), ...f });
  }
  return found;
}

// `node scripts/test-code-in-build.mjs [out] [root]`: the build folder electron-vite writes (out/, or
// CLAIR_DESK_OUT) unless another is named, with this project's helpers unless another root is named.
// Exit code 1 and one line per finding when the build holds test code, or when there is no build.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = path.resolve(ROOT, process.argv[2] ?? process.env.CLAIR_DESK_OUT ?? 'out');
  const root = path.resolve(process.argv[3] ?? ROOT);
  const where = path.relative(process.cwd(), out).split(path.sep).join('/') || '.';
  if (!fs.existsSync(out)) {
    console.error(`No build in ${where}/: run \`npx electron-vite build\` first.`);
    process.exit(1);
  }
  const found = testCodeInBuild(out, root);
  for (const f of found) {
    console.error(
      `${where}/${f.file}: holds ${f.what} (${f.evidence}) — product code brings in test code; npm run lint names the import.`,
    );
  }
  if (found.length > 0) {
    console.error(`Build contents: ${found.length} piece${found.length === 1 ? '' : 's'} of test code in ${where}/.`);
    process.exit(1);
  }
  console.log(`Build contents: no vitest, fast-check or test helper in ${where}/.`);
}
