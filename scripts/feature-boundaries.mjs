// A renderer feature (renderer/src/<feature>/) imports only from the kit and the app's plumbing (ui/,
// api/, i18n/, app/), from shared/, and from itself, so a fix made in the kit reaches every feature
// and no feature leans on another's internals. app/ is where features are put together: it may
// import any of them. The kit and plumbing import no feature. Part of `npm run lint`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const KIT = ['ui', 'api', 'i18n', 'app'];
// `import … from`, `export … from`, a bare `import './x.css'` and `import('./x')`.
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function* sourceFiles(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) yield full;
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
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? m[3] ?? '';
      if (!spec.startsWith('.')) continue;
      const target = path.relative(src, path.resolve(path.dirname(file), spec)).split(path.sep);
      if (target[0] === '..' || target.length < 2) continue; // shared/, or a top-level file
      const area = target[0];
      const own = area === from[0];
      const allowed = KIT.includes(area) && !(KIT.includes(from[0]) && area === 'app');
      if (own || allowed) continue;
      const line = text.slice(0, m.index + m[0].length).split('\n').length;
      found.push({ file: from.join('/'), line, spec, area });
    }
  }
  return found;
}

// `node scripts/feature-boundaries.mjs [src]`: the renderer's tree unless another is named (the tests
// name a small one). Exit code 1 and one line per import when any crosses.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const src = path.resolve(process.argv[2] ?? path.join(ROOT, 'renderer', 'src'));
  const found = crossFeatureImports(src);
  const where = path.relative(process.cwd(), src).split(path.sep).join('/');
  for (const f of found) {
    console.error(
      `${where}/${f.file}:${f.line}: imports ${f.spec} — a feature uses only ui/, api/, i18n/, app/ and itself (move the piece into ui/, or put the features together in app/).`,
    );
  }
  if (found.length > 0) {
    console.error(`Feature boundaries: ${found.length} cross-feature import${found.length === 1 ? '' : 's'}.`);
    process.exit(1);
  }
  console.log('Feature boundaries: no feature imports another.');
}
