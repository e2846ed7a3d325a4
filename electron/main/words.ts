// Every string the Electron shell shows a person itself (dialogs, file types, the start-up failure,
// the About box's button, its refusals), in English and Japanese. The renderer has its own i18n; these
// are the words of the main process. Japanese must have exactly the English keys (the type says so).
// The menu's labels (menu.ts MENU_LABELS) and the unsaved-changes question (window.ts) keep their own
// bilingual tables beside the code that uses them.
import type { MenuLanguage } from './menu';

export type ShellLanguage = MenuLanguage;

const en = {
  // File types in the dialogs.
  databaseFiles: 'CLAIR Desk database',
  allFiles: 'All files',
  pdfFiles: 'PDF document',
  csvFiles: 'CSV file',
  excelFiles: 'Excel workbook',
  wordFiles: 'Word document',
  zipFiles: 'ZIP archive',
  // Save as PDF and printing.
  savePdfTitle: 'Save as PDF',
  printFailed: 'The report could not be printed ({reason}).',
  pdfSaveFailed: 'The PDF could not be saved as {name} ({reason}).',
  // A file the app's page downloads (an export).
  downloadTitle: 'Save the file',
  // Start-up failure and the About box.
  startFailedTitle: 'CLAIR Desk could not start',
  dataFolder: 'Data folder:',
  ok: 'OK',
  // Refusals and failures of calls from the page.
  dialogRequestInvalid: 'The file dialog cannot be opened with this request.',
  fileNameInvalid: 'The file name cannot be used.',
  notAppPage: 'This page may not use CLAIR Desk’s data.',
  channelNotText: 'The channel name must be text.',
  shellFailed: 'The desktop app could not do this. Please try again.',
  coreFailed: 'Something went wrong inside the app; nothing was saved. Please try again.',
} as const;

export type WordKey = keyof typeof en;

export const SHELL_WORDS: Record<ShellLanguage, Record<WordKey, string>> = {
  en,
  ja: {
    databaseFiles: 'CLAIR Desk データベース',
    allFiles: 'すべてのファイル',
    pdfFiles: 'PDF 文書',
    csvFiles: 'CSV ファイル',
    excelFiles: 'Excel ブック',
    wordFiles: 'Word 文書',
    zipFiles: 'ZIP ファイル',
    savePdfTitle: 'PDFとして保存',
    printFailed: 'レポートを印刷できませんでした（{reason}）。',
    pdfSaveFailed: 'PDF を {name} として保存できませんでした（{reason}）。',
    downloadTitle: 'ファイルを保存',
    startFailedTitle: 'CLAIR Desk を起動できませんでした',
    dataFolder: 'データフォルダー：',
    ok: 'OK',
    dialogRequestInvalid: 'この要求ではファイルのダイアログを開けません。',
    fileNameInvalid: 'このファイル名は使えません。',
    notAppPage: 'このページは CLAIR Desk のデータを使えません。',
    channelNotText: 'チャネル名は文字列でなければなりません。',
    shellFailed: 'デスクトップアプリでこの操作ができませんでした。もう一度お試しください。',
    coreFailed: 'アプリ内部で問題が発生しました。何も保存されていません。もう一度お試しください。',
  },
};

/** A string in `language`, its `{name}` placeholders filled. */
export function word(language: ShellLanguage, key: WordKey, params: Record<string, string | number> = {}): string {
  return SHELL_WORDS[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
