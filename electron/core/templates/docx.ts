// Reading and filling a .docx template with docxtemplater. A template is judged before it is stored: a
// ZIP within limits (checked by the same reader as Excel files, so a zip bomb is stopped before it is
// inflated), holding word/document.xml, that docxtemplater can parse; then every placeholder it uses
// must be one the record's kind offers, each unknown one named with the nearest known name.
import Docxtemplater from 'docxtemplater';
import InspectModule from 'docxtemplater/js/inspect-module.js';
import PizZip from 'pizzip';
import type { FieldIssue } from '../../../shared/result';
import { nearestPlaceholder } from '../../../shared/templates/placeholders';
import { unzipEntries, ZipError } from '../files/xlsx/zip';

/** A Word document is a few dozen entries; the text inflates to a few MB at most. */
const DOCX_LIMITS = { maxEntries: 500, maxExpandedBytes: 32 * 1024 * 1024 };

export type TemplateCheck = { ok: true; placeholders: string[] } | { ok: false; issues: FieldIssue[] };

interface DocxError {
  properties?: { id?: string; explanation?: string; context?: string; xtag?: string; errors?: DocxError[] };
}

function options(modules: InspectModule[] = []) {
  // `{}` in a tag's place when the record has no value (no "undefined" in the letter); errors come back
  // as data, not printed to the console.
  return { paragraphLoop: true, linebreaks: true, errorLogging: false, nullGetter: () => '', modules };
}

/** Is it a ZIP within limits holding word/document.xml? Checks the real inflated sizes, not the claims. */
function isDocxZip(bytes: Uint8Array): boolean {
  try {
    return unzipEntries(bytes, (name) => name === 'word/document.xml', DOCX_LIMITS).has('word/document.xml');
  } catch (error) {
    if (error instanceof ZipError) return false;
    throw error;
  }
}

/** The parse errors the renderer has words for; any other is said with docxtemplater's explanation. */
const WORDED = new Set([
  'unclosed_tag',
  'unopened_tag',
  'duplicate_open_tag',
  'duplicate_close_tag',
  'closing_tag_does_not_match_opening_tag',
  'unclosed_loop',
  'unopened_loop',
]);

/** docxtemplater's parse errors, each as an issue that names the tag and its place in the text. */
function parseIssues(error: unknown): FieldIssue[] {
  const found = (error as DocxError).properties?.errors ?? [error as DocxError];
  return found.slice(0, 10).map((e) => {
    const p = e.properties ?? {};
    return {
      path: 'data',
      code: p.id && WORDED.has(p.id) ? `template_${p.id}` : 'template_unreadable',
      params: { context: (p.context ?? p.xtag ?? '').slice(0, 60), explanation: p.explanation ?? '' },
    };
  });
}

/** Every tag name used, sections and the tags inside them alike (a nested tag reads the same record). */
function tagNames(tags: Record<string, unknown>, into = new Set<string>()): Set<string> {
  for (const [name, inner] of Object.entries(tags)) {
    into.add(name);
    if (inner && typeof inner === 'object') tagNames(inner as Record<string, unknown>, into);
  }
  return into;
}

/** The placeholders a template uses, or why it cannot be used. */
export function checkTemplate(bytes: Uint8Array, known: readonly string[]): TemplateCheck {
  if (!isDocxZip(bytes)) return { ok: false, issues: [{ path: 'data', code: 'template_not_docx' }] };
  const inspect = new InspectModule();
  try {
    new Docxtemplater(new PizZip(bytes), options([inspect]));
  } catch (error) {
    return { ok: false, issues: parseIssues(error) };
  }
  const placeholders = [...tagNames(inspect.getAllTags())].sort();
  const unknown = placeholders.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    const issues = unknown.map((name) => {
      const nearest = nearestPlaceholder(name, known);
      return {
        path: 'data',
        code: nearest ? 'template_unknown_placeholder_near' : 'template_unknown_placeholder',
        // `tag` and `nearestTag` as typed in Word, braces and all, for the words around them.
        params: { name, tag: `{${name}}`, ...(nearest ? { nearest, nearestTag: `{${nearest}}` } : {}) },
      };
    });
    return { ok: false, issues };
  }
  return { ok: true, placeholders };
}

/** The template filled with one record's values, as .docx bytes. */
export function fillTemplate(bytes: Uint8Array, values: Record<string, string>): Uint8Array {
  const doc = new Docxtemplater(new PizZip(bytes), options());
  doc.render(values);
  return doc.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
}
