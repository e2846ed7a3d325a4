// Text helpers shared by the reference-file checks: the same file saved with a byte-order mark or
// with Windows line endings reads the same, and a stable hash names a file's content or a row.
import { searchKey } from '../text/normalize';

/** The text without a leading byte-order mark and with LF line endings. */
export function cleanText(text: string): string {
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
}

/**
 * A 64-bit hash as 16 hex digits (cyrb53's mixing, both 32-bit halves kept). Not cryptographic: it
 * names content so a second import can recognise it, and shared/ cannot use Node's crypto.
 */
export function hash64(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/** Case, diacritics and runs of spaces folded: two cells that mean the same compare equal. */
export const foldKey = (value: string) => searchKey(value);

/**
 * Row keys from the printed content: equal rows get `hash#1`, `hash#2` … in file order, so a file
 * imported twice yields the same keys (and two identical rows in one file stay two rows).
 */
export function rowKeys(prefix: string, contents: string[][]): string[] {
  const seen = new Map<string, number>();
  return contents.map((cells) => {
    const h = hash64(cells.map((c) => c.trim()).join('\u001f'));
    const n = (seen.get(h) ?? 0) + 1;
    seen.set(h, n);
    return `${prefix}:${h}#${n}`;
  });
}
