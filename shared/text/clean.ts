// Text as it looks, at every boundary where it enters (the schemas' string helpers, so IPC, HTTP and
// imports alike). Pasted text brings characters no one can see: a zero-width space or a byte-order
// mark inside a name, a no-break space for a space, a direction mark from a PDF, an accent stored
// apart from its letter (NFD, from macOS). They would make "Nguyễn" fail to match "Nguyễn" and a
// duplicate go unnoticed, so they are folded away; what can be seen is kept exactly.

/** Always invisible and never needed in a stored value: zero-width space, word joiner, BOM, soft
 * hyphen, Mongolian vowel separator, and the direction marks, embeddings, overrides and isolates
 * (an override can make a name display as another). */
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD\u180E\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** Spaces that look like a space: made a plain one. The ideographic space stays: it is visible. */
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F]/g;
/** Zero-width joiner and non-joiner, in runs. */
const JOINERS = /[\u200C\u200D]+/g;
/**
 * Where a joiner does nothing: next to a space, punctuation or digit, at either end, or beside a
 * letter of a script that never joins (Latin, Greek, Cyrillic, Japanese, Korean). Indic scripts,
 * Arabic and Persian, Myanmar and emoji sequences need them (क्‍ष, می‌خواهم, 👩‍💻), so there they stay.
 */
const NO_JOINING =
  /[\s\p{P}\p{N}\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const MARK = /\p{M}/u;

/** Text as it looks: NFC, without invisible characters, with plain spaces, joiners only where they join. */
export function cleanText(text: string): string {
  // Plain ASCII has nothing to fold, and most values are: every request's text passes here.
  if (PLAIN_ASCII.test(text)) return text;
  const composed = text.normalize('NFC');
  const visible = composed.replace(INVISIBLE, '').replace(ODD_SPACES, ' ');
  // Removing a character can bring a letter and a mark together: composed again only then.
  const settled = visible === composed ? composed : visible.normalize('NFC');
  const joined = dropIdleJoiners(settled);
  return joined === settled ? settled : joined.normalize('NFC');
}

/** Printable ASCII, tabs and line breaks. */
const PLAIN_ASCII = /^[\t\n\r\x20-\x7e]*$/;

function dropIdleJoiners(text: string): string {
  if (!text.includes('\u200C') && !text.includes('\u200D')) return text;
  return text.replace(JOINERS, (run, at: number) => {
    const before = baseBefore(text, at);
    const after = [...text.slice(at + run.length)][0];
    if (before === undefined || after === undefined) return '';
    return NO_JOINING.test(before) || NO_JOINING.test(after) ? '' : run;
  });
}

/** The letter a joiner follows, looking past combining marks (é written as e + ◌́ is still Latin). */
function baseBefore(text: string, at: number): string | undefined {
  let end = at;
  let last: string | undefined;
  while (end > 0) {
    const start =
      end >= 2 && /[\uDC00-\uDFFF]/.test(text[end - 1] ?? '') && /[\uD800-\uDBFF]/.test(text[end - 2] ?? '')
        ? end - 2
        : end - 1;
    const ch = text.slice(start, end);
    last ??= ch;
    if (!MARK.test(ch)) return ch;
    end = start;
  }
  return last;
}

/** Full-width forms of ASCII (ＡＢ１２３, typed with a Japanese input method), and dashes. */
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const DASHES = /[\u2010-\u2015\u2212\u30FC\uFF70]/g;

/**
 * Where a number or code is expected (passport, phone, postcode, year): full-width letters and digits
 * as ASCII, the ideographic space as a space, and look-alike dashes (ー, −, –) as a hyphen.
 */
export function foldWidth(text: string): string {
  return text
    .replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(DASHES, '-');
}
