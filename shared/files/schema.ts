// Choosing a file on this computer, which only the Electron shell can do: its main process answers
// these with the system's save and open dialogs before the core sees them (electron/main/dialogs.ts);
// the core answers `unsupported`, and in browser mode the renderer downloads and uploads instead.
// No path crosses to the renderer: the shell registers the chosen file with the core and answers an
// opaque handle and the file's name; the renderer hands the handle to a core channel (backup.copyTo,
// backup.restore.inspect/apply), which resolves it (electron/core/files/handles.ts).
import { z } from 'zod';
import { read } from '../channel';

/** What the file is for; the shell picks the dialog's file types from it, never from the caller. */
export const FILE_PURPOSES = ['backup'] as const;
export const FilePurpose = z.enum(FILE_PURPOSES, { error: 'invalid_choice' });
export type FilePurpose = z.infer<typeof FilePurpose>;

/** The dialog's title, in the person's language. */
const title = z.string().trim().min(1, 'required').max(200, 'too_long');

export const ChooseSaveRequest = z.strictObject({
  purpose: FilePurpose,
  title,
  /** The file name offered (a name only, no folder). */
  fileName: z
    .string()
    .trim()
    .min(1, 'required')
    .max(200, 'too_long')
    .regex(/^[^\\/:*?"<>|\0]+$/, 'invalid_file_name'),
});
export const ChooseOpenRequest = z.strictObject({ purpose: FilePurpose, title });

/** A chosen file as the renderer knows it: random, unguessable, bound to its purpose, short-lived. */
export const FileHandle = z
  .string({ error: 'required' })
  .regex(/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/, 'invalid_file_handle');

/** The file chosen (its handle, and its base name to show), or null when the person cancelled the dialog. */
export const ChosenFile = z.object({ file: z.object({ handle: FileHandle, name: z.string() }).nullable() });

export const filesContract = {
  'files.chooseSave': read(ChooseSaveRequest, ChosenFile, { shell: true }),
  'files.chooseOpen': read(ChooseOpenRequest, ChosenFile, { shell: true }),
} as const;
