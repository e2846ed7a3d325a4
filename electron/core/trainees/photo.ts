// A trainee's photo, stored with the record beside the display-size copy the renderer made. Both are
// judged by their bytes (shared/images/inspect.ts): a whole JPEG, PNG or WebP with nothing after its
// end, its header's dimensions within a pixel limit. The type stored is the one the bytes are.
import { type ImageCheck, type ImageType, inspectImage } from '../../../shared/images/inspect';
import { AppFailure } from '../../../shared/result';
import {
  PHOTO_COPY_MAX_BYTES,
  PHOTO_COPY_MAX_PIXELS,
  PHOTO_MAX_BYTES,
  PHOTO_MAX_PIXELS,
  type Trainee,
} from '../../../shared/trainees/schema';
import { recordAudit } from '../audit/audit';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { getTrainee } from './service';

type Params = Record<string, string | number>;

function invalid(path: string, code: string, message: string, params?: Params): never {
  throw new AppFailure({ code: 'invalid_input', message, issues: [{ path, code, ...(params ? { params } : {}) }] });
}

const MEGAPIXELS = (pixels: number) => Math.round(pixels / 100_000) / 10;

/** The photo's bytes, or a refusal that says what is wrong with them. */
function checkedPhoto(data: string): { bytes: Buffer; mime: ImageType } {
  const bytes = Buffer.from(data, 'base64');
  if (bytes.length > PHOTO_MAX_BYTES)
    invalid('data', 'photo_too_large', 'The photo is larger than 2 MB. Choose a smaller image.');
  const check = inspectImage(bytes, PHOTO_MAX_PIXELS);
  if (check.ok) return { bytes, mime: check.mime };
  return refusePhoto(check);
}

function refusePhoto(check: Exclude<ImageCheck, { ok: true }>): never {
  switch (check.problem) {
    case 'image_not_supported':
      return invalid(
        'data',
        'invalid_photo',
        'The file is not a JPEG, PNG or WebP image. Choose a photo in one of those formats.',
      );
    case 'image_broken':
      return invalid('data', 'photo_broken', 'The image is damaged or incomplete. Choose another copy of the photo.');
    case 'image_trailing_data':
      return invalid(
        'data',
        'photo_trailing_data',
        'The file holds more than the image. Save the photo again as a plain JPEG, PNG or WebP.',
      );
    case 'image_too_many_pixels':
      return invalid(
        'data',
        'photo_too_many_pixels',
        `The image is ${check.width} × ${check.height} pixels; at most ${MEGAPIXELS(PHOTO_MAX_PIXELS)} megapixels are taken.`,
        { width: check.width ?? 0, height: check.height ?? 0, max: MEGAPIXELS(PHOTO_MAX_PIXELS) },
      );
  }
}

/** The display-size copy: the same rules, a small limit. A bad copy is the app's fault, not the person's. */
function checkedCopy(data: string): { bytes: Buffer; mime: ImageType } {
  const bytes = Buffer.from(data, 'base64');
  const check = bytes.length <= PHOTO_COPY_MAX_BYTES ? inspectImage(bytes, PHOTO_COPY_MAX_PIXELS) : null;
  if (check?.ok) return { bytes, mime: check.mime };
  return invalid(
    'copy',
    'invalid_photo_copy',
    'The display-size copy of the photo is not a small JPEG, PNG or WebP image.',
    {
      problem: check?.problem ?? 'too_large',
    },
  );
}

export function setPhoto(ctx: Context, input: { id: number; data: string; copy: { data: string } }): Trainee {
  const photo = checkedPhoto(input.data);
  const copy = checkedCopy(input.copy.data);
  return ctx.db.tx(() => {
    getTrainee(ctx, input.id);
    ctx.db.run(sql`
      INSERT INTO trainee_photos (trainee_id, mime, data, copy_mime, copy_data)
      VALUES (${input.id}, ${photo.mime}, ${photo.bytes}, ${copy.mime}, ${copy.bytes})
      ON CONFLICT (trainee_id) DO UPDATE SET
        mime = excluded.mime, data = excluded.data, copy_mime = excluded.copy_mime, copy_data = excluded.copy_data`);
    ctx.db.run(
      sql`UPDATE trainees SET version = version + 1, updated_at = ${ctx.now().toISOString()} WHERE id = ${input.id}`,
    );
    recordAudit(ctx, {
      entity: 'trainee',
      entityId: input.id,
      action: 'photo-set',
      after: { mime: photo.mime, bytes: photo.bytes.length },
    });
    return getTrainee(ctx, input.id);
  });
}

type StoredImage = { mime: ImageType; data: string };

/** The full photo, as stored. */
export function getPhoto(ctx: Context, id: number): StoredImage | null {
  getTrainee(ctx, id);
  const row = ctx.db.get<{ mime: ImageType; data: Buffer }>(
    sql`SELECT mime, data FROM trainee_photos WHERE trainee_id = ${id}`,
  );
  return row ? { mime: row.mime, data: row.data.toString('base64') } : null;
}

/** The full photo when today's rules take it: a photo stored before them may be a pixel bomb. */
export function getPrintablePhoto(ctx: Context, id: number): StoredImage | null {
  const photo = getPhoto(ctx, id);
  return photo && inspectImage(Buffer.from(photo.data, 'base64'), PHOTO_MAX_PIXELS).ok ? photo : null;
}

/** The display-size copy, or null (no photo, or one stored before copies were kept). */
export function getPhotoCopy(ctx: Context, id: number): StoredImage | null {
  getTrainee(ctx, id);
  const row = ctx.db.get<{ mime: ImageType; data: Buffer }>(
    sql`SELECT copy_mime AS mime, copy_data AS data FROM trainee_photos
        WHERE trainee_id = ${id} AND copy_data IS NOT NULL`,
  );
  return row ? { mime: row.mime, data: row.data.toString('base64') } : null;
}

export function removePhoto(ctx: Context, id: number): Trainee {
  return ctx.db.tx(() => {
    getTrainee(ctx, id);
    const { changes } = ctx.db.run(sql`DELETE FROM trainee_photos WHERE trainee_id = ${id}`);
    if (changes > 0) {
      ctx.db.run(
        sql`UPDATE trainees SET version = version + 1, updated_at = ${ctx.now().toISOString()} WHERE id = ${id}`,
      );
      recordAudit(ctx, { entity: 'trainee', entityId: id, action: 'photo-remove' });
    }
    return getTrainee(ctx, id);
  });
}
