// Test helper (not app code): text as the bytes of each supported encoding. Node writes only UTF-8,
// UTF-16LE and Latin-1, so Shift_JIS and EUC-JP are written from tables read back from their decoders.
import type { TextEncoding } from '../../../../shared/text/encodings';

const tables = new Map<TextEncoding, Map<string, number[]>>();

function tableOf(encoding: 'shift_jis' | 'euc-jp'): Map<string, number[]> {
  const known = tables.get(encoding);
  if (known) return known;
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder(encoding, { fatal: true });
  const leads = encoding === 'shift_jis' ? range(0x81, 0x9f).concat(range(0xe0, 0xfc)) : range(0xa1, 0xfe);
  const trails = encoding === 'shift_jis' ? range(0x40, 0xfc) : range(0xa1, 0xfe);
  for (const lead of leads)
    for (const trail of trails) {
      try {
        const ch = decoder.decode(Uint8Array.from([lead, trail]));
        if (ch.length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
      } catch {
        // not a character
      }
    }
  tables.set(encoding, table);
  return table;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

const CP1252_EXTRA: Record<string, number> = { '€': 0x80, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, Œ: 0x8c };

/** The text's bytes in `encoding` (no byte-order mark); throws on a character the encoding lacks. */
export function encodeAs(text: string, encoding: TextEncoding): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  if (encoding === 'utf-16le') return Buffer.from(text, 'utf16le');
  if (encoding === 'utf-16be') return Buffer.from(text, 'utf16le').swap16();
  if (encoding === 'windows-1252')
    return Buffer.from(
      [...text].map((ch) => {
        const code = CP1252_EXTRA[ch] ?? ch.charCodeAt(0);
        if (code > 0xff || (code >= 0x80 && code < 0xa0 && !(ch in CP1252_EXTRA))) throw new Error(`no ${ch}`);
        return code;
      }),
    );
  const table = tableOf(encoding);
  return Buffer.from(
    [...text].flatMap((ch) => {
      if (ch.charCodeAt(0) < 0x80) return [ch.charCodeAt(0)];
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`no ${ch} in ${encoding}`);
      return bytes;
    }),
  );
}

export const BOM: Partial<Record<TextEncoding, number[]>> = {
  'utf-8': [0xef, 0xbb, 0xbf],
  'utf-16le': [0xff, 0xfe],
  'utf-16be': [0xfe, 0xff],
};
