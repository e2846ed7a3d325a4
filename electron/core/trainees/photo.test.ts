// A trainee's photo through dispatch: a whole JPEG, PNG or WebP of at most 2 MB and 40 megapixels with
// nothing after its end, stored as the type its bytes are, beside a small display-size copy checked by
// the same rules; audited, versioned. Every refusal writes nothing.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { PHOTO_COPY_MAX_BYTES, PHOTO_MAX_BYTES, PHOTO_MAX_PIXELS } from '../../../shared/trainees/schema';
import {
  photoInput,
  png,
  pngBomb,
  JPEG as REAL_JPEG,
  pngOfSize as realPngOfSize,
  WEBP,
} from '../../../tests/support/images';
import { count, openTestCore, snapshot, type TestCore, traineeInput } from '../../../tests/support/test-core';

/** A PNG signature and the start of an IHDR, and no image: what the core once took for a PNG. */
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const REAL_PNG = png(8, 6);
const b64 = (bytes: Buffer) => bytes.toString('base64');
const COPY = { mime: 'image/jpeg', data: b64(REAL_JPEG) } as const;

let t: TestCore;
let id: number;
beforeEach(() => {
  t = openTestCore();
  id = t.ok('trainees.create', { data: traineeInput() }).trainee.id;
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

function refused(input: unknown, code: string) {
  const before = snapshot(t.core);
  const error = t.fail('trainees.photo.set', input);
  expect(error.code).toBe('invalid_input');
  expect(error.issues?.map((i) => i.code)).toContain(code);
  expect(error.message.length).toBeGreaterThan(0);
  expect(snapshot(t.core)).toEqual(before);
}

test('set, get, replace and remove a photo; each change bumps the version and is audited', () => {
  expect(t.ok('trainees.photo.get', { id })).toBeNull();
  const audits = count(t.core, 'audit_log');

  const withPng = t.ok('trainees.photo.set', { id, mime: 'image/png', data: b64(REAL_PNG), copy: COPY });
  expect(withPng).toMatchObject({ hasPhoto: true, version: 2 });
  expect(t.ok('trainees.photo.get', { id })).toEqual({ mime: 'image/png', data: b64(REAL_PNG) });
  expect(t.ok('trainees.photo.copy', { id })).toEqual(COPY);

  const withJpeg = t.ok('trainees.photo.set', { id, mime: 'image/jpeg', data: b64(REAL_JPEG), copy: COPY });
  expect(withJpeg.version).toBe(3);
  expect(t.ok('trainees.photo.get', { id })).toEqual({ mime: 'image/jpeg', data: b64(REAL_JPEG) });
  expect(count(t.core, 'trainee_photos')).toBe(1);

  expect(t.ok('trainees.photo.remove', { id })).toMatchObject({ hasPhoto: false, version: 4 });
  expect(t.ok('trainees.photo.get', { id })).toBeNull();
  expect(t.ok('trainees.photo.copy', { id })).toBeNull();
  const actions = t.ok('audit.list', { entity: 'trainee', entityId: String(id), limit: 3 }).map((a) => a.action);
  expect(actions).toEqual(['photo-remove', 'photo-set', 'photo-set']);
  expect(count(t.core, 'audit_log')).toBe(audits + 3);

  // Removing a photo that is not there changes nothing.
  const before = snapshot(t.core);
  expect(t.ok('trainees.photo.remove', { id }).version).toBe(4);
  expect(snapshot(t.core)).toEqual(before);
});

test('exactly 2 MB is accepted', () => {
  const big = realPngOfSize(PHOTO_MAX_BYTES);
  t.ok('trainees.photo.set', { id, mime: 'image/png', data: b64(big), copy: COPY });
  expect(t.ok('trainees.photo.get', { id })?.data).toBe(b64(big));
});

test('one byte over 2 MB is refused, as is a far larger upload, and nothing is written', () => {
  refused({ id, mime: 'image/png', data: b64(realPngOfSize(PHOTO_MAX_BYTES + 1)), copy: COPY }, 'photo_too_large');
  refused({ id, mime: 'image/png', data: b64(realPngOfSize(3 * 1024 * 1024)), copy: COPY }, 'photo_too_large');
});

test('bytes that are not the image they claim to be are refused', () => {
  refused({ id, mime: 'image/png', data: b64(Buffer.from('%PDF-1.7 not a photo')), copy: COPY }, 'invalid_photo');
  refused({ id, mime: 'image/jpeg', data: b64(PNG), copy: COPY }, 'photo_broken');
  refused({ id, mime: 'image/png', data: '', copy: COPY }, 'invalid_photo');
  refused({ id, mime: 'image/png', data: 'not base64 at all!', copy: COPY }, 'invalid_photo');
  refused({ id, mime: 'image/gif', data: b64(PNG), copy: COPY }, 'invalid_photo_type');
  refused(
    { id, mime: 'image/svg+xml', data: b64(Buffer.from('<svg onload="alert(1)"/>')), copy: COPY },
    'invalid_photo_type',
  );
});

test('a photo for a trainee that does not exist is not_found', () => {
  const before = snapshot(t.core);
  expect(t.fail('trainees.photo.set', photoInput(id + 1)).code).toBe('not_found');
  expect(t.fail('trainees.photo.get', { id: id + 1 }).code).toBe('not_found');
  expect(t.fail('trainees.photo.copy', { id: id + 1 }).code).toBe('not_found');
  expect(t.fail('trainees.photo.remove', { id: id + 1 }).code).toBe('not_found');
  expect(snapshot(t.core)).toEqual(before);
});

const html = Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>');

test('a PNG header followed by HTML is refused as a damaged image', () => {
  refused({ id, mime: 'image/png', data: b64(Buffer.concat([PNG, html])), copy: COPY }, 'photo_broken');
  refused(
    { id, mime: 'image/png', data: b64(Buffer.concat([REAL_PNG.subarray(0, 33), html])), copy: COPY },
    'photo_broken',
  );
});

test('bytes after the end of the image are refused, for each type', () => {
  for (const [mime, bytes] of [
    ['image/png', REAL_PNG],
    ['image/jpeg', REAL_JPEG],
    ['image/webp', WEBP],
  ] as const) {
    refused({ id, mime, data: b64(Buffer.concat([bytes, html])), copy: COPY }, 'photo_trailing_data');
  }
});

test('a pixel bomb is refused from its header with its size in the message: 20,000 × 20,000 and more', () => {
  for (const side of [20_000, 24_000]) {
    const bomb = pngBomb(side);
    expect(bomb.length).toBeLessThan(PHOTO_MAX_BYTES);
    expect(side * side).toBeGreaterThanOrEqual(10 * PHOTO_MAX_PIXELS);
    refused({ id, mime: 'image/png', data: b64(bomb), copy: COPY }, 'photo_too_many_pixels');
    const error = t.fail('trainees.photo.set', { id, mime: 'image/png', data: b64(bomb), copy: COPY });
    expect(error.issues?.[0]).toMatchObject({ path: 'data', params: { width: side, height: side, max: 40 } });
  }
});

test('the type stored is the one the bytes are, whatever the request says', () => {
  t.ok('trainees.photo.set', {
    id,
    mime: 'image/jpeg',
    data: b64(REAL_PNG),
    copy: { mime: 'image/png', data: b64(WEBP) },
  });
  expect(t.ok('trainees.photo.get', { id })?.mime).toBe('image/png');
  expect(t.ok('trainees.photo.copy', { id })?.mime).toBe('image/webp');
  t.ok('trainees.photo.set', { id, mime: 'image/png', data: b64(WEBP), copy: COPY });
  expect(t.ok('trainees.photo.get', { id })).toEqual({ mime: 'image/webp', data: b64(WEBP) });
});

test('the display-size copy obeys the same rules and a small limit', () => {
  const withCopy = (copy: Buffer) => ({
    id,
    mime: 'image/png' as const,
    data: b64(REAL_PNG),
    copy: { mime: 'image/png' as const, data: b64(copy) },
  });
  t.ok('trainees.photo.set', withCopy(png(320, 240)));
  refused(withCopy(png(321, 320)), 'invalid_photo_copy');
  refused(withCopy(pngBomb(20_000)), 'invalid_photo_copy');
  refused(withCopy(Buffer.concat([png(32, 32), html])), 'invalid_photo_copy');
  refused(withCopy(Buffer.concat([PNG, html])), 'invalid_photo_copy');
  refused(withCopy(realPngOfSize(PHOTO_COPY_MAX_BYTES + 1)), 'invalid_photo_copy');
  refused({ id, mime: 'image/png', data: b64(REAL_PNG) }, 'required');
});

test('a photo stored before the rules is still shown and removed, but never printed if it is a bomb', () => {
  const bomb = pngBomb(20_000);
  t.core.db.run({
    text: 'INSERT INTO trainee_photos (trainee_id, mime, data) VALUES (?, ?, ?)',
    params: [id, 'image/png', bomb],
  });
  expect(t.ok('trainees.get', { id }).hasPhoto).toBe(true);
  expect(t.ok('trainees.photo.copy', { id })).toBeNull();
  expect(t.ok('trainees.photo.get', { id })?.data).toBe(b64(bomb));
  expect(t.ok('reports.trainee', { id }).report.identity.photo).toBeNull();
  t.ok('trainees.photo.set', photoInput(id));
  expect(t.ok('reports.trainee', { id }).report.identity.photo).toEqual({ mime: 'image/png', data: b64(png(8, 6)) });
});
