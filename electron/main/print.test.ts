// Printing in the Electron shell with stand-ins for Electron's objects: the options Chromium gets, the
// save dialog, the file written, cancelling, failures, and a file name the contract refuses.
import type { BrowserWindow, SaveDialogOptions, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { PDF_OPTIONS, PRINT_OPTIONS, type PrintDeps, printHandlers, withPdfExtension } from './print';
import { SHELL_WORDS, type ShellLanguage } from './words';

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46]);

function contents(print: { success: boolean; reason?: string } = { success: true }, pdfFails = false) {
  const calls: { print: unknown[]; pdf: unknown[] } = { print: [], pdf: [] };
  const fake = {
    print: (options: unknown, callback: (success: boolean, reason: string) => void) => {
      calls.print.push(options);
      callback(print.success, print.reason ?? '');
    },
    printToPDF: async (options: unknown) => {
      calls.pdf.push(options);
      if (pdfFails) throw new Error('renderer gone');
      return PDF;
    },
  } as unknown as WebContents;
  return { fake, calls };
}

function deps(choice: { canceled: boolean; filePath?: string }, language: ShellLanguage = 'en') {
  const written: [string, Uint8Array][] = [];
  const dialogs: [BrowserWindow | null, SaveDialogOptions][] = [];
  const win = { id: 1 } as unknown as BrowserWindow;
  const d: PrintDeps = {
    dialog: {
      showSaveDialog: (async (a: BrowserWindow | SaveDialogOptions, b?: SaveDialogOptions) => {
        dialogs.push(b ? [a as BrowserWindow, b] : [null, a as SaveDialogOptions]);
        return { canceled: choice.canceled, filePath: choice.filePath ?? '' };
      }) as PrintDeps['dialog']['showSaveDialog'],
    },
    fromWebContents: () => win,
    writeFile: async (file, data) => {
      written.push([file, data]);
    },
    documentsDir: () => '/home/staff/Documents',
    language: () => language,
  };
  return { d, written, dialogs, win };
}

describe('reports.print.dialog', () => {
  it('opens the system dialog on the sender, A4 with backgrounds, and reports done or cancelled', async () => {
    const { d } = deps({ canceled: true });
    const ok = contents();
    expect(await printHandlers(d)['reports.print.dialog'](ok.fake, { fileName: 'Report' })).toEqual({
      ok: true,
      value: { done: true, name: null },
    });
    expect(ok.calls.print).toEqual([PRINT_OPTIONS]);
    expect(PRINT_OPTIONS).toMatchObject({ silent: false, printBackground: true, pageSize: 'A4' });
    const cancelled = contents({ success: false, reason: 'Print job canceled' });
    expect(await printHandlers(d)['reports.print.dialog'](cancelled.fake, { fileName: 'Report' })).toEqual({
      ok: true,
      value: { done: false, name: null },
    });
  });

  it('a failed print job is an error with the reason', async () => {
    const { d } = deps({ canceled: true });
    const result = await printHandlers(d)['reports.print.dialog'](
      contents({ success: false, reason: 'Print job failed' }).fake,
      { fileName: 'Report' },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!result.ok) expect(result.error.message).toContain('Print job failed');
  });
});

describe('reports.print.savePdf', () => {
  it('asks where to save (in Documents, for the sender’s window), then writes printToPDF’s bytes there', async () => {
    const { d, written, dialogs, win } = deps({ canceled: false, filePath: '/home/staff/Documents/Lan' });
    const c = contents();
    const result = await printHandlers(d)['reports.print.savePdf'](c.fake, { fileName: 'Trainee report – Lan.pdf' });
    expect(result).toEqual({ ok: true, value: { done: true, name: 'Lan.pdf' } });
    expect(c.calls.pdf).toEqual([PDF_OPTIONS]);
    expect(PDF_OPTIONS).toEqual({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(written).toEqual([['/home/staff/Documents/Lan.pdf', PDF]]);
    expect(dialogs[0]?.[0]).toBe(win);
    expect(dialogs[0]?.[1].defaultPath).toMatch(/Documents.Trainee report – Lan\.pdf$/);
  });

  it('writes nothing when the dialog is cancelled, and reports a failed PDF as an error', async () => {
    const cancelled = deps({ canceled: true });
    const c = contents();
    expect(await printHandlers(cancelled.d)['reports.print.savePdf'](c.fake, { fileName: 'x' })).toEqual({
      ok: true,
      value: { done: false, name: null },
    });
    expect([c.calls.pdf, cancelled.written]).toEqual([[], []]);
    const broken = deps({ canceled: false, filePath: '/tmp/x.pdf' });
    const result = await printHandlers(broken.d)['reports.print.savePdf'](contents({ success: true }, true).fake, {
      fileName: 'x',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(broken.written).toEqual([]);
  });

  it('refuses a file name the contract refuses, before any dialog', async () => {
    const { d, dialogs } = deps({ canceled: false, filePath: '/tmp/x.pdf' });
    const result = await printHandlers(d)['reports.print.savePdf'](contents().fake, { fileName: '../../etc/passwd' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'fileName', code: 'invalid_file_name' }] },
    });
    expect(dialogs).toEqual([]);
  });

  it('adds .pdf only when missing', () => {
    expect(withPdfExtension('a')).toBe('a.pdf');
    expect(withPdfExtension('a.PDF')).toBe('a.PDF');
  });
});

describe('no answer carries a path', () => {
  it('a saved PDF, or a failed one, is named by its file name only', async () => {
    const folder = '/Users/staff/Private folder';
    const saved = await printHandlers(deps({ canceled: false, filePath: `${folder}/Lan.pdf` }).d)[
      'reports.print.savePdf'
    ](contents().fake, { fileName: 'Lan' });
    const broken = {
      ...deps({ canceled: false, filePath: `${folder}/Lan.pdf` }).d,
      writeFile: async (file: string) => {
        throw new Error(`EACCES: permission denied, open '${file}'`);
      },
    };
    const failed = await printHandlers(broken)['reports.print.savePdf'](contents().fake, { fileName: 'Lan' });
    expect(failed).toMatchObject({ ok: false, error: { code: 'internal' } });
    for (const answer of [saved, failed]) {
      const json = JSON.stringify(answer);
      expect(json).toContain('Lan.pdf');
      expect(json).not.toContain(folder);
      expect(json).not.toContain('/Users');
    }
  });
});

describe('in the person’s language', () => {
  it('a Japanese call gets the save dialog and its failures in Japanese', async () => {
    const { d, dialogs } = deps({ canceled: false, filePath: '/home/staff/Documents/Lan.pdf' }, 'ja');
    const broken = { ...d, writeFile: async () => Promise.reject(new Error('disk full')) };
    const result = await printHandlers(broken)['reports.print.savePdf'](contents().fake, { fileName: 'Lan' });
    expect(dialogs[0]?.[1]).toMatchObject({
      title: 'PDFとして保存',
      filters: [{ name: SHELL_WORDS.ja.pdfFiles, extensions: ['pdf'] }],
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'PDF を Lan.pdf として保存できませんでした（disk full）。' },
    });
    const printed = await printHandlers(d)['reports.print.dialog'](
      contents({ success: false, reason: 'Print job failed' }).fake,
      { fileName: 'Lan' },
    );
    expect(printed).toMatchObject({ error: { message: 'レポートを印刷できませんでした（Print job failed）。' } });
    const refused = await printHandlers(d)['reports.print.savePdf'](contents().fake, { fileName: '../x' });
    expect(refused).toMatchObject({ error: { code: 'invalid_input', message: SHELL_WORDS.ja.fileNameInvalid } });
  });
});
