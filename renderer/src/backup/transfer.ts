// Getting a backup out and a file in, whichever shell this is. The desktop app asks the system's file
// dialogs for a file (files.chooseSave / files.chooseOpen answer an opaque handle and the file's name,
// never its path) and lets the core read or write the file the handle stands for; the
// browser mode downloads the backup, and uploads the file the person picked before it is inspected.
import type { RestoreSource } from '../../../shared/backup/schema';
import { api } from '../api/client';
import { downloadBackup, uploadFile } from '../api/files';

export const isDesktop = () => api().transport.kind === 'ipc';

/**
 * Saves a copy of a backup (a fresh one of all the data when `id` is left out). Answers the file's
 * name, or null when the person cancelled the save dialog.
 */
export async function saveBackupCopy(options: {
  id?: string;
  title: string;
  fileName: string;
}): Promise<string | null> {
  if (!isDesktop()) return downloadBackup(options.id);
  const chosen = await api().call('files.chooseSave', {
    purpose: 'backup',
    title: options.title,
    fileName: options.fileName,
  });
  if (!chosen.file) return null;
  const copied = await api().call('backup.copyTo', {
    ...(options.id ? { id: options.id } : {}),
    handle: chosen.file.handle,
  });
  return copied.name;
}

/** Desktop: the open dialog's file, or null when cancelled. */
export async function chooseRestoreFile(title: string): Promise<{ source: RestoreSource; name: string } | null> {
  const chosen = await api().call('files.chooseOpen', { purpose: 'backup', title });
  if (!chosen.file) return null;
  return { source: { kind: 'file', handle: chosen.file.handle }, name: chosen.file.name };
}

/** Browser: sends the picked file to the server; the source names the upload. */
export async function uploadRestoreFile(file: File, onProgress: (fraction: number) => void): Promise<RestoreSource> {
  const { uploadId } = await uploadFile(file, onProgress);
  return { kind: 'upload', uploadId };
}

/** "clair-desk-all-data-2026-06-01.sqlite": what an export is called, by the day it was made. */
export function exportFileName(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `clair-desk-all-data-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.sqlite`;
}
