// Printing, which only the Electron shell can do: the channels reports.print.dialog and reports.print.savePdf are
// answered here, before the core, for the page that asked (its own webContents): the system print
// dialog, or printToPDF and a save dialog. The input is checked with the contract's schema like any
// other call. Electron objects are handed in (type imports only), so a Node test drives it with stand-ins.
import path from 'node:path';
import type { BrowserWindow, Dialog, WebContents } from 'electron';
import { contractIssues } from '../../shared/contract-issues';
import { PrintRequest } from '../../shared/reports/schema';
import type { Result } from '../../shared/result';
import { type ShellLanguage, word } from './words';

/** A channel the shell answers itself, for the web contents that sent it. */
export type ShellHandler = (contents: WebContents, input: unknown) => Promise<Result<unknown>>;

export interface PrintDeps {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  fromWebContents: (contents: WebContents) => BrowserWindow | null;
  writeFile: (file: string, data: Uint8Array) => Promise<void>;
  /** Where the save dialog opens (the person's Documents folder). */
  documentsDir: () => string;
  /** The person's language (the saved setting, else the system's). */
  language: () => ShellLanguage;
}

/** What the print views ask of Chromium: A4 as the CSS says, backgrounds (shaded table headings) on. */
export const PDF_OPTIONS = { pageSize: 'A4', printBackground: true, preferCSSPageSize: true } as const;
export const PRINT_OPTIONS = { silent: false, printBackground: true, pageSize: 'A4' } as const;

function parse(
  input: unknown,
  language: ShellLanguage,
): { ok: true; fileName: string } | { ok: false; result: Result<unknown> } {
  const parsed = PrintRequest.safeParse(input ?? {});
  if (parsed.success) return { ok: true, fileName: parsed.data.fileName };
  const issues = contractIssues(parsed.error, input);
  return {
    ok: false,
    result: { ok: false, error: { code: 'invalid_input', message: word(language, 'fileNameInvalid'), issues } },
  };
}

const failed = (message: string): Result<unknown> => ({ ok: false, error: { code: 'internal', message } });

/** The system print dialog; cancelling it is not an error. */
function printDialog(contents: WebContents, language: ShellLanguage): Promise<Result<unknown>> {
  return new Promise((resolve) => {
    contents.print(PRINT_OPTIONS, (success, failureReason) => {
      if (success) resolve({ ok: true, value: { done: true, name: null } });
      else if (/cancel/i.test(failureReason)) resolve({ ok: true, value: { done: false, name: null } });
      else resolve(failed(word(language, 'printFailed', { reason: failureReason })));
    });
  });
}

export function withPdfExtension(fileName: string): string {
  return /\.pdf$/i.test(fileName) ? fileName : `${fileName}.pdf`;
}

async function savePdf(
  deps: PrintDeps,
  contents: WebContents,
  fileName: string,
  language: ShellLanguage,
): Promise<Result<unknown>> {
  const options = {
    title: word(language, 'savePdfTitle'),
    defaultPath: path.join(deps.documentsDir(), withPdfExtension(fileName)),
    filters: [{ name: word(language, 'pdfFiles'), extensions: ['pdf'] }],
  };
  const win = deps.fromWebContents(contents);
  const choice = await (win ? deps.dialog.showSaveDialog(win, options) : deps.dialog.showSaveDialog(options));
  if (choice.canceled || !choice.filePath) return { ok: true, value: { done: false, name: null } };
  const file = withPdfExtension(choice.filePath);
  const name = path.basename(file);
  try {
    const pdf = await contents.printToPDF(PDF_OPTIONS);
    await deps.writeFile(file, pdf);
  } catch (error) {
    // The system's reason may name the path; the page gets only the file's name.
    const reason = (error instanceof Error ? error.message : String(error)).replaceAll(file, name);
    return failed(word(language, 'pdfSaveFailed', { name, reason }));
  }
  return { ok: true, value: { done: true, name } };
}

export function printHandlers(deps: PrintDeps): Record<'reports.print.dialog' | 'reports.print.savePdf', ShellHandler> {
  return {
    'reports.print.dialog': async (contents, input) => {
      const language = deps.language();
      const request = parse(input, language);
      return request.ok ? printDialog(contents, language) : request.result;
    },
    'reports.print.savePdf': async (contents, input) => {
      const language = deps.language();
      const request = parse(input, language);
      return request.ok ? savePdf(deps, contents, request.fileName, language) : request.result;
    },
  };
}
