// Files chosen to attach: checked here first (type by extension, size, how many) so the person learns
// at once; the core checks again, and by the file's bytes rather than its name.
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_TYPES,
  ATTACHMENTS_PER_ENTRY,
  type AttachmentMime,
} from '../../../shared/progress/schema';

const BY_EXTENSION = new Map<string, AttachmentMime>(
  (Object.entries(ATTACHMENT_TYPES) as [AttachmentMime, readonly string[]][]).flatMap(([mime, exts]) =>
    exts.map((ext) => [ext, mime] as const),
  ),
);

/** The `accept` attribute of the file picker. */
export const ACCEPT = [...BY_EXTENSION.keys()].map((e) => `.${e}`).join(',');

export const extensionOf = (name: string) => /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/** The type the core expects for this name, or null when the app does not take such files. */
export const mimeOf = (name: string): AttachmentMime | null => BY_EXTENSION.get(extensionOf(name)) ?? null;

export type FileProblem =
  | 'attachment_type_not_allowed'
  | 'attachment_too_large'
  | 'empty_file'
  | 'too_many_attachments';

/** Why a file cannot be attached (the codes are worded like the core's), or null if it may be. */
export function fileProblem(file: { name: string; size: number }, alreadyAttached: number): FileProblem | null {
  if (!mimeOf(file.name)) return 'attachment_type_not_allowed';
  if (file.size === 0) return 'empty_file';
  if (file.size > ATTACHMENT_MAX_BYTES) return 'attachment_too_large';
  if (alreadyAttached >= ATTACHMENTS_PER_ENTRY) return 'too_many_attachments';
  return null;
}

export function readBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
