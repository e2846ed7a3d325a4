// Is a file what it says it is? The declared type must be one the app takes, the name's extension
// must be one of that type's, and the bytes must match: the signature of a PDF; a whole JPEG or PNG
// with nothing after its end and at most 40 megapixels (shared/images/inspect.ts, header only); a ZIP
// holding word/ or xl/ parts for .docx and .xlsx; valid UTF-8 without NUL for plain text. Only the
// ZIP's central directory is read (names, no inflating), so a hostile archive costs nothing.
import { IMAGE_MAX_PIXELS, inspectImage, sniffImage } from '../../../shared/images/inspect';
import { ATTACHMENT_TYPES, type AttachmentMime } from '../../../shared/progress/schema';

export type FileTypeProblem =
  | 'attachment_type_not_allowed'
  | 'attachment_extension_mismatch'
  | 'attachment_type_mismatch'
  | 'attachment_image_broken'
  | 'attachment_image_too_large';

const startsWith = (bytes: Uint8Array, head: number[]) =>
  bytes.length >= head.length && head.every((b, i) => bytes[i] === b);

const PDF = [...'%PDF-'].map((c) => c.charCodeAt(0));
const ZIP = [0x50, 0x4b, 0x03, 0x04];

export const isAttachmentMime = (mime: string): mime is AttachmentMime => Object.hasOwn(ATTACHMENT_TYPES, mime);

export const extensionOf = (fileName: string) => /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';

/** The names in a ZIP file's central directory, or null when it is not a readable ZIP. */
export function zipEntryNames(bytes: Buffer): string[] | null {
  if (!startsWith(bytes, ZIP) || bytes.length < 22) return null;
  // The end record sits in the last 22 bytes plus a comment of up to 65,535 bytes.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes.readUInt32LE(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) return null;
    const length = bytes.readUInt16LE(at + 28);
    if (at + 46 + length > bytes.length) return null;
    names.push(bytes.toString('utf8', at + 46, at + 46 + length));
    at += 46 + length + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return names;
}

function isPlainText(bytes: Buffer): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function contentMatches(mime: AttachmentMime, bytes: Buffer): boolean {
  switch (mime) {
    case 'application/pdf':
      return startsWith(bytes, PDF);
    case 'image/jpeg':
    case 'image/png':
      return sniffImage(bytes) === mime;
    case 'text/plain':
      return isPlainText(bytes);
    case 'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
      return zipEntryNames(bytes)?.some((n) => n.startsWith('word/')) ?? false;
    case 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet':
      return zipEntryNames(bytes)?.some((n) => n.startsWith('xl/')) ?? false;
  }
}

/** The first problem with a file's type, or null when its name, declared type and bytes agree. */
export function fileTypeProblem(fileName: string, mime: string, bytes: Buffer): FileTypeProblem | null {
  if (!isAttachmentMime(mime)) return 'attachment_type_not_allowed';
  if (!(ATTACHMENT_TYPES[mime] as readonly string[]).includes(extensionOf(fileName))) {
    return 'attachment_extension_mismatch';
  }
  if (!contentMatches(mime, bytes)) return 'attachment_type_mismatch';
  return mime.startsWith('image/') ? imageProblem(bytes) : null;
}

/** An image that is its type must also be whole, end where its bytes end, and not be a pixel bomb. */
function imageProblem(bytes: Buffer): FileTypeProblem | null {
  const check = inspectImage(bytes, IMAGE_MAX_PIXELS);
  if (check.ok) return null;
  return check.problem === 'image_too_many_pixels' ? 'attachment_image_too_large' : 'attachment_image_broken';
}

/**
 * Strict base64: only the canonical encoding of some bytes is accepted (length a multiple of four,
 * at most two `=` at the end, no stray bits), so what is stored is exactly what was sent.
 */
export function decodeBase64(text: string): Buffer | null {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : null;
}
