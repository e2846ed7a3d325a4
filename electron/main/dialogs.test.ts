// The file dialogs in the Electron shell with stand-ins for Electron's objects: the dialog opens over
// the sender's window in Documents with the purpose's file types, the chosen file is registered with
// the core's handle registry and only its handle and name are answered, a cancelled dialog is not an
// error, and a request the contract refuses opens no dialog.
import path from 'node:path';
import type { BrowserWindow, OpenDialogOptions, SaveDialogOptions, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { ChosenFile } from '../../shared/files/schema';
import { createFileHandles } from '../core';
import { type DialogDeps, dialogFilters, dialogHandlers, withExtension } from './dialogs';
import type { ShellLanguage } from './words';

const contents = {} as WebContents;
const win = { id: 1 } as unknown as BrowserWindow;

function deps(
  choice: { canceled: boolean; filePath?: string; filePaths?: string[] },
  window: BrowserWindow | null = win,
  language: ShellLanguage = 'en',
) {
  const opened: { kind: 'save' | 'open'; win: BrowserWindow | null; options: SaveDialogOptions | OpenDialogOptions }[] =
    [];
  const record =
    (kind: 'save' | 'open') =>
    (a: BrowserWindow | SaveDialogOptions | OpenDialogOptions, b?: SaveDialogOptions | OpenDialogOptions) => {
      opened.push(
        b ? { kind, win: a as BrowserWindow, options: b } : { kind, win: null, options: a as SaveDialogOptions },
      );
    };
  const handles = createFileHandles();
  const d: DialogDeps = {
    dialog: {
      showSaveDialog: (async (a: BrowserWindow | SaveDialogOptions, b?: SaveDialogOptions) => {
        record('save')(a, b);
        return { canceled: choice.canceled, filePath: choice.filePath ?? '' };
      }) as DialogDeps['dialog']['showSaveDialog'],
      showOpenDialog: (async (a: BrowserWindow | OpenDialogOptions, b?: OpenDialogOptions) => {
        record('open')(a, b);
        return { canceled: choice.canceled, filePaths: choice.filePaths ?? [] };
      }) as DialogDeps['dialog']['showOpenDialog'],
    },
    fromWebContents: () => window,
    documentsDir: () => '/home/staff/Documents',
    register: handles.register,
    language: () => language,
  };
  return { d, opened, handles };
}

const save = {
  purpose: 'backup',
  title: 'Save a copy of the backup',
  fileName: 'clair-desk-manual-20260601T000000Z.sqlite',
};
const open = { purpose: 'backup', title: 'Restore from a file' };

function handleOf(result: Awaited<ReturnType<ReturnType<typeof dialogHandlers>['files.chooseOpen']>>): string {
  const chosen = result.ok ? ChosenFile.parse(result.value).file : null;
  if (!chosen) throw new Error('no file was chosen');
  return chosen.handle;
}

describe('files.chooseSave', () => {
  it('opens the save dialog over the sender’s window, in Documents, with the backup file types', async () => {
    const { d, opened, handles } = deps({ canceled: false, filePath: '/home/staff/Desktop/copy.sqlite' });
    const result = await dialogHandlers(d)['files.chooseSave'](contents, save);
    expect(result).toEqual({ ok: true, value: { file: { handle: expect.any(String), name: 'copy.sqlite' } } });
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({
      kind: 'save',
      win,
      options: { title: save.title, filters: dialogFilters('backup', 'en') },
    });
    expect(opened[0]?.options.defaultPath).toMatch(/Documents.clair-desk-manual-20260601T000000Z\.sqlite$/);
    // The handle stands for the chosen path, for saving a backup only.
    const handle = handleOf(result);
    expect(handles.resolve(handle, { purpose: 'backup', mode: 'save' })).toBe(
      path.resolve('/home/staff/Desktop/copy.sqlite'),
    );
  });

  it('adds .sqlite to a name typed without a database extension', async () => {
    const { d, handles } = deps({ canceled: false, filePath: '/home/staff/Desktop/for the new laptop' });
    const result = await dialogHandlers(d)['files.chooseSave'](contents, save);
    expect(result).toMatchObject({ ok: true, value: { file: { name: 'for the new laptop.sqlite' } } });
    expect(handles.resolve(handleOf(result), { purpose: 'backup', mode: 'save' })).toBe(
      path.resolve('/home/staff/Desktop/for the new laptop.sqlite'),
    );
    expect(withExtension('a.DB', 'backup')).toBe('a.DB');
    expect(withExtension('data.2026', 'backup')).toBe('data.2026.sqlite');
  });

  it('answers no file when cancelled, and works without a window', async () => {
    const { d, opened } = deps({ canceled: true }, null);
    expect(await dialogHandlers(d)['files.chooseSave'](contents, save)).toEqual({ ok: true, value: { file: null } });
    expect(opened[0]?.win).toBeNull();
  });

  it('refuses what the contract refuses, before any dialog', async () => {
    const { d, opened } = deps({ canceled: false, filePath: '/x.sqlite' });
    for (const input of [
      { ...save, fileName: '../../etc/passwd' },
      { ...save, purpose: 'anything' },
      { ...save, filters: [{ name: 'all', extensions: ['*'] }] },
      null,
    ]) {
      const result = await dialogHandlers(d)['files.chooseSave'](contents, input);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(opened).toEqual([]);
  });
});

describe('files.chooseOpen', () => {
  it('opens the open dialog for one file with the backup file types and answers a handle to it', async () => {
    const { d, opened, handles } = deps({ canceled: false, filePaths: ['/media/usb/clair-desk-export.sqlite'] });
    const result = await dialogHandlers(d)['files.chooseOpen'](contents, open);
    expect(result).toEqual({
      ok: true,
      value: { file: { handle: expect.any(String), name: 'clair-desk-export.sqlite' } },
    });
    expect(handles.resolve(handleOf(result), { purpose: 'backup', mode: 'open' })).toBe(
      path.resolve('/media/usb/clair-desk-export.sqlite'),
    );
    expect(opened[0]).toMatchObject({
      kind: 'open',
      win,
      options: { title: open.title, filters: dialogFilters('backup', 'en'), properties: ['openFile'] },
    });
  });

  it('answers no file when cancelled or nothing was chosen', async () => {
    for (const choice of [{ canceled: true }, { canceled: false, filePaths: [] }]) {
      const { d } = deps(choice);
      expect(await dialogHandlers(d)['files.chooseOpen'](contents, open)).toEqual({ ok: true, value: { file: null } });
    }
  });

  it('refuses what the contract refuses, before any dialog', async () => {
    const { d, opened } = deps({ canceled: false, filePaths: ['/x'] });
    const result = await dialogHandlers(d)['files.chooseOpen'](contents, { ...open, title: '' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'title' }] } });
    expect(opened).toEqual([]);
  });
});

describe('no answer carries a path', () => {
  it('the JSON of every dialog answer holds the file name but no folder of the chosen path', async () => {
    const chosen = path.join(path.resolve('/Users/staff/Private folder'), 'export.sqlite');
    const folder = path.dirname(chosen);
    const answers = [
      await dialogHandlers(deps({ canceled: false, filePath: chosen }).d)['files.chooseSave'](contents, save),
      await dialogHandlers(deps({ canceled: false, filePaths: [chosen] }).d)['files.chooseOpen'](contents, open),
    ];
    for (const answer of answers) {
      const json = JSON.stringify(answer);
      expect(json).toContain('export.sqlite');
      expect(json).not.toContain(folder);
      expect(json).not.toContain('Private folder');
      expect(json).not.toMatch(/[\\/]/);
      expect(ChosenFile.safeParse(answer.ok && answer.value).success).toBe(true);
    }
  });
});

describe('in the person’s language', () => {
  it('a Japanese call gets Japanese file types and refusals', async () => {
    const { d, opened } = deps({ canceled: false, filePaths: ['/media/usb/x.sqlite'] }, win, 'ja');
    await dialogHandlers(d)['files.chooseOpen'](contents, open);
    expect(opened[0]?.options.filters).toEqual([
      { name: 'CLAIR Desk データベース', extensions: ['sqlite', 'db', 'sqlite3'] },
      { name: 'すべてのファイル', extensions: ['*'] },
    ]);
    const refused = await dialogHandlers(d)['files.chooseSave'](contents, { ...save, fileName: 'a/b' });
    expect(refused).toMatchObject({
      error: { code: 'invalid_input', message: 'この要求ではファイルのダイアログを開けません。' },
    });
    expect(dialogFilters('backup', 'en').map((f) => f.name)).toEqual(['CLAIR Desk database', 'All files']);
  });
});
