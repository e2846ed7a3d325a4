// A trainee's photo through dispatch: real JPEG/PNG bytes only, at most 2 MB, audited, versioned.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { PHOTO_MAX_BYTES } from '../../../shared/trainees/schema';
import { count, openTestCore, snapshot, type TestCore, traineeInput } from '../../../tests/support/test-core';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]);
const b64 = (bytes: Buffer) => bytes.toString('base64');
/** A buffer of `size` bytes that starts like a PNG. */
const pngOfSize = (size: number) => Buffer.concat([PNG, Buffer.alloc(size - PNG.length, 7)]);

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

  const withPng = t.ok('trainees.photo.set', { id, mime: 'image/png', data: b64(PNG) });
  expect(withPng).toMatchObject({ hasPhoto: true, version: 2 });
  expect(t.ok('trainees.photo.get', { id })).toEqual({ mime: 'image/png', data: b64(PNG) });

  const withJpeg = t.ok('trainees.photo.set', { id, mime: 'image/jpeg', data: b64(JPEG) });
  expect(withJpeg.version).toBe(3);
  expect(t.ok('trainees.photo.get', { id })).toEqual({ mime: 'image/jpeg', data: b64(JPEG) });
  expect(count(t.core, 'trainee_photos')).toBe(1);

  expect(t.ok('trainees.photo.remove', { id })).toMatchObject({ hasPhoto: false, version: 4 });
  expect(t.ok('trainees.photo.get', { id })).toBeNull();
  const actions = t.ok('audit.list', { entity: 'trainee', entityId: String(id), limit: 3 }).map((a) => a.action);
  expect(actions).toEqual(['photo-remove', 'photo-set', 'photo-set']);
  expect(count(t.core, 'audit_log')).toBe(audits + 3);

  // Removing a photo that is not there changes nothing.
  const before = snapshot(t.core);
  expect(t.ok('trainees.photo.remove', { id }).version).toBe(4);
  expect(snapshot(t.core)).toEqual(before);
});

test('exactly 2 MB is accepted', () => {
  const big = pngOfSize(PHOTO_MAX_BYTES);
  t.ok('trainees.photo.set', { id, mime: 'image/png', data: b64(big) });
  expect(t.ok('trainees.photo.get', { id })?.data).toBe(b64(big));
});

test('one byte over 2 MB is refused, as is a far larger upload, and nothing is written', () => {
  refused({ id, mime: 'image/png', data: b64(pngOfSize(PHOTO_MAX_BYTES + 1)) }, 'photo_too_large');
  refused({ id, mime: 'image/png', data: b64(pngOfSize(3 * 1024 * 1024)) }, 'photo_too_large');
});

test('bytes that are not the image they claim to be are refused', () => {
  refused({ id, mime: 'image/png', data: b64(Buffer.from('%PDF-1.7 not a photo')) }, 'invalid_photo');
  refused({ id, mime: 'image/jpeg', data: b64(PNG) }, 'invalid_photo');
  refused({ id, mime: 'image/png', data: '' }, 'invalid_photo');
  refused({ id, mime: 'image/png', data: 'not base64 at all!' }, 'invalid_photo');
  refused({ id, mime: 'image/gif', data: b64(PNG) }, 'invalid_photo_type');
  refused({ id, mime: 'image/svg+xml', data: b64(Buffer.from('<svg onload="alert(1)"/>')) }, 'invalid_photo_type');
});

test('a photo for a trainee that does not exist is not_found', () => {
  const before = snapshot(t.core);
  expect(t.fail('trainees.photo.set', { id: id + 1, mime: 'image/png', data: b64(PNG) }).code).toBe('not_found');
  expect(t.fail('trainees.photo.get', { id: id + 1 }).code).toBe('not_found');
  expect(t.fail('trainees.photo.remove', { id: id + 1 }).code).toBe('not_found');
  expect(snapshot(t.core)).toEqual(before);
});
