// A chosen template, checked here first so the person learns at once (a .docx, not empty, at most 2 MB);
// the core checks its bytes again, and what docxtemplater makes of it.
import { TEMPLATE_MAX_BYTES } from '../../../shared/templates/schema';

export type UploadProblem = 'template_not_docx' | 'template_too_large' | 'required';

export function uploadProblem(file: { name: string; size: number }): UploadProblem | null {
  if (!/\.docx$/i.test(file.name)) return 'template_not_docx';
  if (file.size === 0) return 'required';
  if (file.size > TEMPLATE_MAX_BYTES) return 'template_too_large';
  return null;
}

/** The template's name offered from its file name, without the extension. */
export function nameFromFile(fileName: string): string {
  return fileName.replace(/\.docx$/i, '').trim();
}

export function readBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
