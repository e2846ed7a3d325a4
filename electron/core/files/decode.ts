// The one decoder for every text file that comes in (the host import's CSV, the reference files). A
// byte-order mark decides first, then valid UTF-8 (unless its zero bytes say UTF-16); otherwise the encoding that reads the bytes
// cleanly and most plausibly among Shift_JIS (CP932), EUC-JP, UTF-16 and Windows-1252, with chardet's
// confidence as one vote. Decoding is by the platform's WHATWG TextDecoder with `fatal: true`: a file
// that does not read cleanly in the chosen encoding is refused with its line, so a replacement
// character (or a NUL, the mark of the wrong encoding) is never stored.
import chardet from 'chardet';
import type { TextEncoding } from '../../../shared/text/encodings';

export interface Decoded {
  text: string;
  encoding: TextEncoding;
  /** The encodings that read these bytes cleanly, the likeliest first (what a person may switch to). */
  candidates: TextEncoding[];
}

/** The bytes do not read cleanly in `encoding`; `line` is the first physical line that fails. */
export class UndecodableError extends Error {
  constructor(
    readonly encoding: TextEncoding,
    readonly line: number,
  ) {
    super(`The file does not read cleanly as ${encoding} (line ${line}).`);
    this.name = 'UndecodableError';
  }
}

const BOMS: { bytes: number[]; encoding: TextEncoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

const CHARDET_NAMES: Record<string, TextEncoding> = {
  'UTF-8': 'utf-8',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
  Shift_JIS: 'shift_jis',
  'EUC-JP': 'euc-jp',
  'windows-1252': 'windows-1252',
  'ISO-8859-1': 'windows-1252',
};

// What the wrong encoding (or a damaged file) leaves: a replacement character; in the legacy
// encodings also a NUL or a C1 control (UTF-16 read as bytes, Windows-1252's unassigned codes).
const UNCLEAN_UNICODE = /\uFFFD/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what it looks for.
const UNCLEAN_LEGACY = /[\uFFFD\u0000\u0080-\u009F]/;
const uncleanIn = (encoding: TextEncoding) => (encoding.startsWith('utf-') ? UNCLEAN_UNICODE : UNCLEAN_LEGACY);

export function bomOf(bytes: Uint8Array): TextEncoding | null {
  return BOMS.find((b) => b.bytes.every((v, i) => bytes[i] === v))?.encoding ?? null;
}

// Windows-1252's 0x80–0x9F (WHATWG's table; its five holes stay C1 controls, so they count as unclean).
// Node 20's TextDecoder reads 'windows-1252' as Latin-1, so this one table is kept here.
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function decodeCp1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; at += 8192) {
    const chunk = Array.from(bytes.subarray(at, at + 8192), (b) =>
      b >= 0x80 && b < 0xa0 ? (CP1252_HIGH[b - 0x80] as string) : String.fromCharCode(b),
    );
    parts.push(chunk.join(''));
  }
  return parts.join('');
}

const decoderFor = (encoding: TextEncoding, fatal: boolean) =>
  encoding === 'windows-1252' ? decodeCp1252 : (b: Uint8Array) => new TextDecoder(encoding, { fatal }).decode(b);

/** The decoded text, or null when the bytes do not read cleanly in `encoding`. */
function tryDecode(bytes: Uint8Array, encoding: TextEncoding): string | null {
  try {
    const text = decoderFor(encoding, true)(bytes);
    return uncleanIn(encoding).test(text) ? null : text;
  } catch {
    return null;
  }
}

/** The physical line of the first character that does not read cleanly. */
function failingLine(bytes: Uint8Array, encoding: TextEncoding): number {
  const text = decoderFor(encoding, false)(bytes);
  const at = text.search(uncleanIn(encoding));
  const before = (at < 0 ? text : text.slice(0, at)).replace(/\r\n?/g, '\n');
  return before.split('\n').length;
}

/** UTF-16 without a mark: the ASCII characters (commas, line breaks, digits) leave zero bytes on one side. */
function utf16Order(bytes: Uint8Array): TextEncoding | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) i % 2 === 0 ? even++ : odd++;
  const pairs = bytes.length / 2;
  if (odd >= pairs / 20 && odd >= 8 * even) return 'utf-16le';
  if (even >= pairs / 20 && even >= 8 * odd) return 'utf-16be';
  return null;
}

const JAPANESE = /[\u3000-\u30FF\u4E00-\u9FFF\uFF00-\uFFEF]/;
const LATIN_LETTER = /[\u00C0-\u024F]/;
const ASCII_LETTER = /[A-Za-z]/;

/** 0–1: how much the non-ASCII characters look like text in this encoding rather than mojibake. */
function plausibility(text: string, encoding: TextEncoding): number {
  const chars = [...text];
  let foreign = 0;
  let good = 0;
  chars.forEach((ch, i) => {
    if (ch.charCodeAt(0) < 0x80) return;
    foreign++;
    if (encoding === 'windows-1252') {
      // Accented letters sit inside words; mojibake strings them together.
      const nearWord = ASCII_LETTER.test(chars[i - 1] ?? '') || ASCII_LETTER.test(chars[i + 1] ?? '');
      if (LATIN_LETTER.test(ch) && nearWord) good++;
    } else if (JAPANESE.test(ch) || encoding.startsWith('utf-16')) good++;
  });
  return foreign === 0 ? 1 : good / foreign;
}

/** The encodings that read the bytes cleanly (UTF-8 aside), the likeliest first. */
function rankedCandidates(bytes: Uint8Array): { encoding: TextEncoding; text: string }[] {
  const votes = new Map<TextEncoding, number>();
  for (const m of chardet.analyse(bytes)) {
    const name = CHARDET_NAMES[m.name];
    if (name && !votes.has(name)) votes.set(name, m.confidence);
  }
  const utf16 = utf16Order(bytes);
  const tried: TextEncoding[] = ['shift_jis', 'euc-jp', 'windows-1252', ...(utf16 ? [utf16] : [])];
  const clean = tried.flatMap((encoding) => {
    const text = tryDecode(bytes, encoding);
    if (text === null) return [];
    const score = (votes.get(encoding) ?? 0) + 100 * plausibility(text, encoding) + (encoding === utf16 ? 200 : 0);
    return [{ encoding, text, score }];
  });
  return clean.sort((a, b) => b.score - a.score);
}

/**
 * Decodes a file's bytes: in `chosen` when a person chose, else as detected. Throws UndecodableError
 * when the bytes do not read cleanly in the encoding used.
 */
export function decodeText(bytes: Uint8Array, chosen?: TextEncoding): Decoded {
  const bom = bomOf(bytes);
  // Valid UTF-8 is UTF-8, even when it holds a replacement character (which then refuses it); but
  // UTF-16 of ASCII text is valid UTF-8 too, so the zero bytes of UTF-16 are looked for first.
  const utf8 = bom === null && utf16Order(bytes) === null && isUtf8(bytes);
  const others = bom === null && !utf8 ? rankedCandidates(bytes) : [];
  const detected: TextEncoding[] = bom ? [bom] : utf8 ? ['utf-8'] : others.map((c) => c.encoding);
  const encoding = chosen ?? detected[0] ?? 'utf-8';
  const text = others.find((c) => c.encoding === encoding)?.text ?? tryDecode(bytes, encoding);
  if (text === null) throw new UndecodableError(encoding, failingLine(bytes, encoding));
  const candidates = detected.includes(encoding) ? detected : [encoding, ...detected];
  return { text, encoding, candidates };
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
