// Choosing a file, which only the Electron shell can do: files.chooseSave and files.chooseOpen are
// answered here, before the core, with the system's save and open dialogs over the window that asked.
// The chosen path never reaches the renderer: it is registered with the core (files/handles.ts), and
// the answer is an opaque handle and the file's name; the renderer hands the handle to the core
// (backup.copyTo, backup.restore.inspect/apply), where the file is checked like any other input.
// Electron objects are handed in (type imports only), so a Node test drives it with stand-ins.
import path from 'node:path';
import type { BrowserWindow, Dialog, FileFilter, WebContents } from 'electron';
import type { z } from 'zod';
import { contractIssues } from '../../shared/contract-issues';
import { ChooseOpenRequest, ChooseSaveRequest, type FilePurpose } from '../../shared/files/schema';
import type { Result } from '../../shared/result';
import type { FileHandles } from '../core';
import type { ShellHandler } from './print';
import { type ShellLanguage, type WordKey, word } from './words';

export interface DialogDeps {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  fromWebContents: (contents: WebContents) => BrowserWindow | null;
  /** Where the dialogs open (the person's Documents folder). */
  documentsDir: () => string;
  /** The core's registry of chosen files (the session's `handles.register`). */
  register: FileHandles['register'];
  /** The person's language (the saved setting, else the system's). */
  language: () => ShellLanguage;
}

/** The file types each purpose offers; the caller names a purpose, never its own filters. */
export const FILE_TYPES: Record<FilePurpose, { extension: string; extensions: string[]; name: WordKey }> = {
  backup: { extension: 'sqlite', extensions: ['sqlite', 'db', 'sqlite3'], name: 'databaseFiles' },
};

/** The dialog's file types, named in the person's language, then all files. */
export function dialogFilters(purpose: FilePurpose, language: ShellLanguage): FileFilter[] {
  const type = FILE_TYPES[purpose];
  return [
    { name: word(language, type.name), extensions: type.extensions },
    { name: word(language, 'allFiles'), extensions: ['*'] },
  ];
}

function parse<T extends z.ZodType>(
  schema: T,
  input: unknown,
  language: ShellLanguage,
): { ok: true; value: z.output<T> } | Result<never> {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    error: {
      code: 'invalid_input',
      message: word(language, 'dialogRequestInvalid'),
      issues: contractIssues(parsed.error, input),
    },
  };
}

/** A saved file keeps its type's extension even when the person typed the name without it. */
export function withExtension(file: string, purpose: FilePurpose): string {
  const { extension, extensions } = FILE_TYPES[purpose];
  return extensions.some((e) => file.toLowerCase().endsWith(`.${e}`)) ? file : `${file}.${extension}`;
}

type Chosen = Result<{ file: { handle: string; name: string } | null }>;

const cancelled: Chosen = { ok: true, value: { file: null } };

export function dialogHandlers(deps: DialogDeps): Record<'files.chooseSave' | 'files.chooseOpen', ShellHandler> {
  return {
    'files.chooseSave': async (contents, input) => {
      const language = deps.language();
      const request = parse(ChooseSaveRequest, input, language);
      if (!request.ok) return request;
      const { purpose, title, fileName } = request.value;
      const options = {
        title,
        defaultPath: path.join(deps.documentsDir(), fileName),
        filters: dialogFilters(purpose, language),
      };
      const win = deps.fromWebContents(contents);
      const choice = await (win ? deps.dialog.showSaveDialog(win, options) : deps.dialog.showSaveDialog(options));
      if (choice.canceled || !choice.filePath) return cancelled;
      return {
        ok: true,
        value: { file: deps.register(withExtension(choice.filePath, purpose), { purpose, mode: 'save' }) },
      };
    },
    'files.chooseOpen': async (contents, input) => {
      const language = deps.language();
      const request = parse(ChooseOpenRequest, input, language);
      if (!request.ok) return request;
      const { purpose, title } = request.value;
      const options = {
        title,
        defaultPath: deps.documentsDir(),
        filters: dialogFilters(purpose, language),
        properties: ['openFile' as const],
      };
      const win = deps.fromWebContents(contents);
      const choice = await (win ? deps.dialog.showOpenDialog(win, options) : deps.dialog.showOpenDialog(options));
      const file = choice.filePaths[0];
      if (choice.canceled || !file) return cancelled;
      return { ok: true, value: { file: deps.register(file, { purpose, mode: 'open' }) } };
    },
  };
}
