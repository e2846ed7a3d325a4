// A trainee's photo, stored with the record. The bytes must really be the JPEG or PNG they claim.
import { AppFailure } from '../../../shared/result';
import { PHOTO_MAX_BYTES, type Trainee } from '../../../shared/trainees/schema';
import { recordAudit } from '../audit/audit';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { getTrainee } from './service';

const SIGNATURES: Record<'image/jpeg' | 'image/png', number[]> = {
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

function invalid(code: string, message: string): never {
  throw new AppFailure({ code: 'invalid_input', message, issues: [{ path: 'data', code }] });
}

export function setPhoto(ctx: Context, input: { id: number; mime: 'image/jpeg' | 'image/png'; data: string }): Trainee {
  const bytes = Buffer.from(input.data, 'base64');
  if (bytes.length > PHOTO_MAX_BYTES)
    invalid('photo_too_large', 'The photo is larger than 2 MB. Choose a smaller image.');
  const signature = SIGNATURES[input.mime];
  if (bytes.length < signature.length || signature.some((b, i) => bytes[i] !== b)) {
    invalid('invalid_photo', 'The file is not a JPEG or PNG image. Choose a photo in one of those formats.');
  }
  return ctx.db.tx(() => {
    getTrainee(ctx, input.id);
    ctx.db.run(sql`
      INSERT INTO trainee_photos (trainee_id, mime, data) VALUES (${input.id}, ${input.mime}, ${bytes})
      ON CONFLICT (trainee_id) DO UPDATE SET mime = excluded.mime, data = excluded.data`);
    ctx.db.run(
      sql`UPDATE trainees SET version = version + 1, updated_at = ${ctx.now().toISOString()} WHERE id = ${input.id}`,
    );
    recordAudit(ctx, {
      entity: 'trainee',
      entityId: input.id,
      action: 'photo-set',
      after: { mime: input.mime, bytes: bytes.length },
    });
    return getTrainee(ctx, input.id);
  });
}

export function getPhoto(ctx: Context, id: number): { mime: 'image/jpeg' | 'image/png'; data: string } | null {
  getTrainee(ctx, id);
  const row = ctx.db.get<{ mime: 'image/jpeg' | 'image/png'; data: Buffer }>(
    sql`SELECT mime, data FROM trainee_photos WHERE trainee_id = ${id}`,
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
