// The photo in the browser: its bytes checked from the header (shared/images/inspect.ts) before the
// browser may decode them, so a pixel bomb is never decoded; then the display-size copy made with the
// browser's own decoding (createImageBitmap, a canvas, WebP or JPEG), which is what cards show.
import { type ImageCheck, type ImageType, inspectImage } from '../../../../shared/images/inspect';
import { PHOTO_COPY_SIDE, PHOTO_MAX_PIXELS } from '../../../../shared/trainees/schema';

export interface EncodedImage {
  mime: ImageType;
  /** Base64 of the bytes. */
  data: string;
}

/** The issue code the core would answer for this check, for the same words on screen. */
export function photoProblemCode(check: Exclude<ImageCheck, { ok: true }>): string {
  return {
    image_not_supported: 'invalid_photo',
    image_broken: 'photo_broken',
    image_trailing_data: 'photo_trailing_data',
    image_too_many_pixels: 'photo_too_many_pixels',
  }[check.problem];
}

export const inspectPhoto = (bytes: Uint8Array) => inspectImage(bytes, PHOTO_MAX_PIXELS);

function base64Of(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

export const encodeBytes = (bytes: Uint8Array, mime: ImageType) =>
  base64Of(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }));

export function decodeBase64(data: string): Uint8Array {
  const text = atob(data);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

function canvasBlob(canvas: HTMLCanvasElement, mime: string): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, mime, 0.85));
}

/**
 * A copy whose longest side is PHOTO_COPY_SIDE, upright (the EXIF orientation applied). Only call it
 * with bytes inspectPhoto passed. Halving steps keep a large photo from turning to grit.
 */
export async function makeDisplayCopy(bytes: Uint8Array, mime: ImageType): Promise<EncodedImage> {
  const bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }), {
    imageOrientation: 'from-image',
  });
  try {
    const scale = Math.min(1, PHOTO_COPY_SIDE / Math.max(bitmap.width, bitmap.height));
    const target = {
      w: Math.max(1, Math.round(bitmap.width * scale)),
      h: Math.max(1, Math.round(bitmap.height * scale)),
    };
    let source: CanvasImageSource = bitmap;
    let size = { w: bitmap.width, h: bitmap.height };
    let canvas = document.createElement('canvas');
    do {
      const next = { w: Math.max(target.w, Math.ceil(size.w / 2)), h: Math.max(target.h, Math.ceil(size.h / 2)) };
      canvas = document.createElement('canvas');
      canvas.width = next.w;
      canvas.height = next.h;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('No 2D canvas to make the photo’s display copy.');
      context.imageSmoothingQuality = 'high';
      context.drawImage(source, 0, 0, next.w, next.h);
      source = canvas;
      size = next;
    } while (size.w > target.w || size.h > target.h);
    // WebP where the browser writes it (Chromium, so Electron), else JPEG.
    const webp = await canvasBlob(canvas, 'image/webp');
    const blob = webp?.type === 'image/webp' ? webp : await canvasBlob(canvas, 'image/jpeg');
    if (!blob) throw new Error('The browser could not encode the photo’s display copy.');
    return { mime: blob.type as ImageType, data: await base64Of(blob) };
  } finally {
    bitmap.close();
  }
}
