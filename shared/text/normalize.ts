// Search and sort keys that work across scripts: Latin and Vietnamese match without their
// diacritics, half-width and full-width forms match, hiragana matches katakana. Thai, Khmer,
// Lao and Burmese marks are kept (they are part of the letters, not decoration).

const LATIN_COMBINING = /[\u0300-\u036f]/g;
const HIRAGANA = /[\u3041-\u3096]/g;
/** White space and control characters: a NUL would otherwise end an FTS5 query string early. */
const SPACES = /[\s\p{Cc}]+/gu;

export function searchKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(LATIN_COMBINING, '')
    .replace(/[đĐ]/g, 'd')
    .replace(HIRAGANA, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60))
    .normalize('NFC')
    .toLowerCase()
    .replace(SPACES, ' ')
    .trim();
}

/** A key whose plain (binary) order is natural order: digit runs are zero-padded. */
export function naturalKey(text: string): string {
  return searchKey(text).replace(/\d+/g, (digits) => digits.replace(/^0+(?=\d)/, '').padStart(12, '0'));
}
