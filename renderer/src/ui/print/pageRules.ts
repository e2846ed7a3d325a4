// The @page rules of a print view: A4 portrait, margins, and the page number, print date and title
// in the page-margin boxes of every page (CSS Paged Media; Chromium ≥ 131, Electron ≥ 34). They hold
// text in the print's language, so they are written per document rather than kept in a .css file.
import { PRINT_FONTS } from './fonts';

export interface PageTexts {
  /** Left of the footer, e.g. "CLAIR Singapore · Printed 2026-04-12". */
  footerLeft: string;
  /** Right of the header (the document's title), on every page. */
  headerRight: string;
  /** The page number's words around the counters: "Page {page} of {pages}" or "{page} / {pages} ページ". */
  pageNumber: string;
}

/** A CSS string literal. */
export function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;
}

/** "Page {page} of {pages}" → `"Page " counter(page) " of " counter(pages)`. */
export function counterContent(template: string): string {
  return template
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

const BOX = `font-family: ${PRINT_FONTS}; font-size: 7.5pt; color: #4a4f55;`;

export function pageRules(texts: PageTexts): string {
  return `
@page {
  size: A4 portrait;
  margin: 16mm 15mm 17mm 15mm;
  @top-right { content: ${cssString(texts.headerRight)}; ${BOX} vertical-align: bottom; padding-bottom: 3mm; }
  @bottom-left { content: ${cssString(texts.footerLeft)}; ${BOX} vertical-align: top; padding-top: 3mm; }
  @bottom-right { content: ${counterContent(texts.pageNumber)}; ${BOX} vertical-align: top; padding-top: 3mm; }
}`;
}
