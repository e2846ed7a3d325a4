// Downloads with stand-ins for Electron's objects: an export the app's page made (a blob: or data: URL)
// gets the save dialog in the person's language, in Documents, with its file type; anything else, or
// anything from a page that is not ours, is cancelled.
import path from 'node:path';
import type { SaveDialogOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  type DownloadDeps,
  downloadFilters,
  handleWillDownload,
  isOwnDownloadUrl,
  registerDownloads,
} from './downloads';
import type { ShellLanguage } from './words';

const BUILT = 'clair-desk://app/index.html';
const BLOB = 'blob:clair-desk://app/6a1f0e2c-1d2b-4c3d-8e4f-5a6b7c8d9e0f';
const DEV = 'http://localhost:5173/';

function deps(language: ShellLanguage = 'en', appUrl = BUILT) {
  const logged: string[] = [];
  const d: DownloadDeps = {
    appUrl,
    documentsDir: () => path.resolve('/home/staff/Documents'),
    language: () => language,
    log: (message) => logged.push(message),
  };
  return { d, logged };
}

function download(url: string, fileName: string) {
  const state = { prevented: false, options: null as SaveDialogOptions | null };
  const event = {
    preventDefault: () => {
      state.prevented = true;
    },
  };
  const item = {
    getURL: () => url,
    getFilename: () => fileName,
    setSaveDialogOptions: (options: SaveDialogOptions) => {
      state.options = options;
    },
  };
  return { event, item, state };
}

const page = (url: string) => ({ getURL: () => url });

describe('will-download', () => {
  it('an export from the app’s page gets the save dialog in Documents, with its type', () => {
    const { d } = deps();
    const { event, item, state } = download(BLOB, 'trainees.xlsx');
    expect(handleWillDownload(d, event, item, page(`${BUILT}#/trainees`))).toBe('saved');
    expect(state.prevented).toBe(false);
    expect(state.options).toEqual({
      title: 'Save the file',
      defaultPath: path.join(path.resolve('/home/staff/Documents'), 'trainees.xlsx'),
      filters: [
        { name: 'Excel workbook', extensions: ['xlsx'] },
        { name: 'All files', extensions: ['*'] },
      ],
    });
  });

  it('a Japanese call gets the dialog in Japanese', () => {
    const { d } = deps('ja');
    const { event, item, state } = download('data:text/csv;base64,YSxi', '研修員.csv');
    expect(handleWillDownload(d, event, item, page(BUILT))).toBe('saved');
    expect(state.options).toMatchObject({
      title: 'ファイルを保存',
      filters: [
        { name: 'CSV ファイル', extensions: ['csv'] },
        { name: 'すべてのファイル', extensions: ['*'] },
      ],
    });
  });

  it('cancels anything else: web links, blobs of other origins, pages that are not ours', () => {
    const cases: [string, string | null][] = [
      ['https://example.com/setup.exe', BUILT],
      ['http://localhost:5173/export.csv', BUILT],
      ['file:///etc/passwd', BUILT],
      ['blob:https://example.com/6a1f0e2c-1d2b-4c3d-8e4f-5a6b7c8d9e0f', BUILT],
      ['blob:null/6a1f0e2c-1d2b-4c3d-8e4f-5a6b7c8d9e0f', BUILT],
      ['blob:clair-desk://app.evil/6a1f0e2c', BUILT],
      [BLOB, 'https://example.com/'],
      [BLOB, 'file:///tmp/evil.html'],
      ['data:text/csv;base64,YSxi', null],
    ];
    for (const [url, from] of cases) {
      const { d, logged } = deps();
      const { event, item, state } = download(url, 'x.csv');
      expect(handleWillDownload(d, event, item, from === null ? null : page(from)), url).toBe('cancelled');
      expect(state).toMatchObject({ prevented: true, options: null });
      expect(logged).toHaveLength(1);
    }
  });

  it('a file name with folders in it stays in Documents', () => {
    const { d } = deps();
    const { event, item, state } = download(BLOB, '../../secret/evil.csv');
    handleWillDownload(d, event, item, page(BUILT));
    expect(state.options?.defaultPath).toBe(path.join(path.resolve('/home/staff/Documents'), 'evil.csv'));
  });
});

describe('the app’s own URLs', () => {
  it('built (the app scheme) and development (the dev server)', () => {
    expect(isOwnDownloadUrl(BLOB, BUILT)).toBe(true);
    expect(isOwnDownloadUrl('blob:file:///6a1f0e2c', BUILT)).toBe(false);
    expect(isOwnDownloadUrl('blob:http://localhost:5173/6a1f0e2c', DEV)).toBe(true);
    expect(isOwnDownloadUrl('blob:http://localhost:5174/6a1f0e2c', DEV)).toBe(false);
    expect(isOwnDownloadUrl('blob:null/6a1f0e2c', DEV)).toBe(false);
    expect(isOwnDownloadUrl('blob:evil://app/6a1f0e2c', BUILT)).toBe(false);
    expect(isOwnDownloadUrl('blob:not a url', DEV)).toBe(false);
  });

  it('file types: known ones named, others by extension, none without one', () => {
    expect(downloadFilters('report.PDF', 'en')[0]).toEqual({ name: 'PDF document', extensions: ['pdf'] });
    // Filled Word templates: one .docx, or a cohort's .zip of them.
    expect(downloadFilters('Acceptance FY2026-0001.docx', 'ja')[0]).toEqual({
      name: 'Word 文書',
      extensions: ['docx'],
    });
    expect(downloadFilters('Acceptance FY2026.zip', 'en')[0]).toEqual({ name: 'ZIP archive', extensions: ['zip'] });
    expect(downloadFilters('notes.txt', 'ja')[0]).toEqual({ name: 'TXT', extensions: ['txt'] });
    expect(downloadFilters('README', 'en')).toEqual([{ name: 'All files', extensions: ['*'] }]);
  });

  it('registers on the session and removes itself', () => {
    const listeners = new Map<string, unknown>();
    const session = {
      on: (name: string, listener: unknown) => listeners.set(name, listener),
      off: (name: string) => listeners.delete(name),
    } as unknown as Parameters<typeof registerDownloads>[0];
    const remove = registerDownloads(session, deps().d);
    expect([...listeners.keys()]).toEqual(['will-download']);
    remove();
    expect(listeners.size).toBe(0);
  });
});
