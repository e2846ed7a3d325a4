// Typed dates arrive in full-width forms from Japanese IMEs (２０２７年４月５日, Ｒ９．４．５), with
// odd dashes pasted from documents, and with stray spaces. Fold them all to one plain form first
// so that each format's pattern stays simple.

// Hyphens, dashes and minus signs that NFKC leaves alone.
const DASHES = /[\u2010-\u2015\u2212\u30fc\uff70]/g;
const SPACES = /\s+/g;

/**
 * NFKC (full-width digits, letters and punctuation to ASCII; era squares such as ㋿ and ㍻ to 令和
 * and 平成), lower case, one kind of dash, single spaces, trimmed.
 */
export function normalizeDateText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(DASHES, '-').replace(SPACES, ' ').trim();
}
