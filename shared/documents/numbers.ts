// How a document number is written. An office numbers what it sends per fiscal year and kind: in
// Japanese the era year, the kind's short name and 第N号 (令8受諾第12号), in English the kind's code, the
// fiscal year and the sequence (ACC-FY2026-012), as the dispatch requests are (SD-FY2027-003).
import { japaneseEraFiscalYear } from '../fiscal-year';
import type { DocumentKind } from './schema';

interface KindCode {
  en: string;
  ja: string;
}

export const KIND_CODES: Record<DocumentKind, KindCode> = {
  acceptance: { en: 'ACC', ja: '受諾' },
  placementRequest: { en: 'PLR', ja: '依頼' },
  placementNotice: { en: 'PLN', ja: '配属' },
  completionCertificate: { en: 'CRT', ja: '修了' },
  progressCover: { en: 'PRC', ja: '報告' },
  dispatchAcknowledgement: { en: 'DAK', ja: '受理' },
  dispatchRequest: { en: 'DRQ', ja: '派遣' },
  agreementSummary: { en: 'DAS', ja: '合意' },
  merge: { en: 'DOC', ja: '文書' },
};

/** "ACC-FY2026-012". */
export function numberEn(kind: DocumentKind, fiscalYear: number, seq: number): string {
  return `${KIND_CODES[kind].en}-FY${fiscalYear}-${String(seq).padStart(3, '0')}`;
}

/** The era and its year, shortened as numbers write it: 令和8年度 → 令8, 令和元年度 → 令元. */
export function eraPrefix(fiscalYear: number): string {
  const era = japaneseEraFiscalYear(fiscalYear).replace(/年度$/, '');
  const match = /^(\D+?)(元|\d+)$/.exec(era);
  return match ? `${match[1]?.charAt(0)}${match[2]}` : String(fiscalYear);
}

/** "令8受諾第12号". */
export function numberJa(kind: DocumentKind, fiscalYear: number, seq: number): string {
  return `${eraPrefix(fiscalYear)}${KIND_CODES[kind].ja}第${seq}号`;
}

/** Each kind's name, in English and Japanese, for the files the core writes (the screens use i18n). */
export const KIND_NAMES: Record<DocumentKind, readonly [en: string, ja: string]> = {
  acceptance: ['Letter of acceptance', '受入決定通知'],
  placementRequest: ['Placement request', '受入依頼'],
  placementNotice: ['Notice of placement', '配属通知'],
  completionCertificate: ['Certificate of completion', '修了証書'],
  progressCover: ['Progress report cover letter', '研修報告送付状'],
  dispatchAcknowledgement: ['Acknowledgement of request', '派遣要請受理通知'],
  dispatchRequest: ['Dispatch request', '派遣依頼'],
  agreementSummary: ['Summary of the agreement', '合意事項概要'],
  merge: ['Office template', '事務所テンプレート'],
};

/**
 * The number as the document itself prints it: a letter's in its own language, whatever the screen's.
 * A file merged from a template may carry either form ({doc_number}, {doc_number_ja}): the screen's.
 */
export const printedNumber = (
  r: { kind: string; language: 'en' | 'ja'; numberEn: string; numberJa: string },
  screen: 'en' | 'ja',
) => ((r.kind === 'merge' ? screen : r.language) === 'ja' ? r.numberJa : r.numberEn);
