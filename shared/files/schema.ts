// Choosing a file on this computer, which only the Electron shell can do: its main process answers
// these with the system's save and open dialogs before the core sees them (electron/main/dialogs.ts);
// the core answers `unsupported`, and in browser mode the renderer downloads and uploads instead.
// The renderer then hands the chosen path to a core channel (backup.copyTo, backup.restore.inspect/apply).
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

/** The path chosen, or null when the person cancelled the dialog. */
export const ChosenFile = z.object({ path: z.string().nullable() });

export const filesContract = {
  'files.chooseSave': read(ChooseSaveRequest, ChosenFile, { shell: true }),
  'files.chooseOpen': read(ChooseOpenRequest, ChosenFile, { shell: true }),
} as const;
