// Host files for the import tests: a CSV with one row of each problem, and an Excel workbook made
// with exceljs (the library the staff's own Excel files look like to the reader).
import ExcelJS from 'exceljs';
import { CSV_HEADER } from './hosts';

/** Rows 2–7: good, missing English name, unknown prefecture, duplicate of `existing`, bad e-mail, good. */
export function badRowsCsv(existing: { nameEn: string; nameJa: string; prefecture: string }): Buffer {
  const lines = [
    CSV_HEADER,
    'Aoba City,青葉市,City,Miyagi,1-1 Aoba,3,Tourism,Sato Hanako,International Affairs,Manager,sato@aoba.example.jp,022-000-0000,,Yes',
    ',名無し町,Town,Nagano,,2,,,,,,,,Yes',
    'Atlantis Village,アトランティス村,Village,Atlantis,,1,,,,,,,,Yes',
    `${existing.nameEn},${existing.nameJa},City,${existing.prefecture},,2,,,,,,,,Yes`,
    'Kaede Town,楓町,Town,Gifu,,2,,Suzuki Ichiro,,,not-an-email,,,Yes',
    'Hoshino Village,星野村,Village,Fukuoka,,1,Agriculture,,,,,,Rice farming,Yes',
  ];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** A workbook with Japanese headings: two good hosts and one with a capacity that is not a number. */
export async function hostsXlsx(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('受入団体');
  sheet.addRow([
    '名称（英語）',
    '名称（日本語）',
    '種別',
    '都道府県',
    '住所',
    '受入可能人数',
    '研修分野',
    '担当者氏名',
    '担当者メール',
  ]);
  sheet.addRow([
    'Midorigawa City',
    '緑川市',
    '市',
    '熊本県',
    '熊本県緑川市1-1',
    4,
    '観光',
    '田中 一郎',
    'tanaka@midorigawa.example.jp',
  ]);
  sheet.addRow(['Sakurano Tourism Association', '桜野観光協会', '関係団体', '北海道', '', 2, '', '', '']);
  sheet.addRow(['Iwate Test Town', '岩手テスト町', '町', '岩手県', '', 'many', '', '', '']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

let shiftJisTable: Map<string, number[]> | null = null;

/** Text as Shift_JIS bytes (Node has no Shift_JIS encoder: the table is read back from its decoder). */
export function shiftJis(text: string): Buffer {
  if (!shiftJisTable) {
    const table = new Map<string, number[]>();
    const decoder = new TextDecoder('shift_jis', { fatal: true });
    for (let lead = 0x81; lead <= 0xfc; lead++) {
      if (lead > 0x9f && lead < 0xe0) continue;
      for (let trail = 0x40; trail <= 0xfc; trail++) {
        try {
          const ch = decoder.decode(Uint8Array.from([lead, trail]));
          if (!table.has(ch)) table.set(ch, [lead, trail]);
        } catch {
          // not a character
        }
      }
    }
    shiftJisTable = table;
  }
  const table = shiftJisTable;
  return Buffer.from(
    [...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (table.get(ch) ?? [0x3f]))),
  );
}

export const CSV_MIME = 'text/csv';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
