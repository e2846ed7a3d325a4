// exports.documents: the register (文書管理簿) as the filters keep it, in the order asked, every row.
import type { ParsedInput } from '../../../shared/contract';
import { KIND_NAMES } from '../../../shared/documents/numbers';
import type { RegisterEntry } from '../../../shared/documents/schema';
import type { Lang, Pair } from '../../../shared/exports/labels';
import type { Context } from '../context';
import { registerRows } from '../documents/register';
import type { FileFormat } from '../files/table-file';
import { type Column, exportFile, sheetOf } from './columns';

type Query = ParsedInput<'exports.documents'>['query'];

const HEADING = {
  number: ['Number', '文書番号'],
  issuedOn: ['Date issued', '発行日'],
  kind: ['Kind', '種別'],
  addressee: ['Addressee', '宛先'],
  record: ['Record', '対象'],
  language: ['Language', '言語'],
  issuedBy: ['Issued by', '発行者'],
  note: ['Note', '備考'],
} as const satisfies Record<string, Pair>;

const REISSUE: Pair = ['Reissue', '再発行'];
const MISSING: Pair = ['Issued before a restore; not in this database', '復元前に発行（このデータベースに記録なし）'];
const LANGUAGE: Record<'en' | 'ja', Pair> = { en: ['English', '英語'], ja: ['Japanese', '日本語'] };

function note(r: RegisterEntry, lang: Lang): string {
  if (r.missing) return MISSING[lang === 'en' ? 0 : 1];
  return r.reissue > 0 ? `${REISSUE[lang === 'en' ? 0 : 1]} ${r.reissue}` : '';
}

/** The kind, and for a file merged from an office template the template's name: "Office template: Acceptance". */
function kindOf(r: RegisterEntry, lang: Lang): string {
  const kind = KIND_NAMES[r.kind][lang === 'en' ? 0 : 1];
  if (!r.templateName) return kind;
  return lang === 'en' ? `${kind}: ${r.templateName}` : `${kind}：${r.templateName}`;
}

export function exportDocuments(ctx: Context, input: { format: FileFormat; language: Lang; query: Query }) {
  const { format, language: lang } = input;
  const pick = (pair: Pair) => pair[lang === 'en' ? 0 : 1];
  const columns: Column<RegisterEntry>[] = [
    { heading: HEADING.number, value: (r) => (lang === 'en' ? r.numberEn : r.numberJa) },
    { heading: HEADING.issuedOn, value: (r) => r.issuedOn },
    { heading: HEADING.kind, value: (r) => kindOf(r, lang) },
    { heading: HEADING.addressee, value: (r) => r.addressee },
    { heading: HEADING.record, value: (r) => r.recordLabel },
    { heading: HEADING.language, value: (r) => pick(LANGUAGE[r.language]) },
    { heading: HEADING.issuedBy, value: (r) => r.issuedBy },
    { heading: HEADING.note, value: (r) => note(r, lang) },
  ];
  const rows = registerRows(ctx, input.query);
  return exportFile(ctx, format, 'document-register', [sheetOf(['Register', '文書管理簿'], columns, rows, lang)]);
}
