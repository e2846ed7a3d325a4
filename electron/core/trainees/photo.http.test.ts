// Hostile photos over the browser mode's HTTP server: each is refused with its reason (200 and
// invalid_input, never a 500), nothing is written, and the server answers the next request at once.
import { expect, test } from 'vitest';
import { JPEG, photoInput, png, pngBomb, WEBP } from '../../../tests/support/images';
import { count, traineeInput } from '../../../tests/support/test-core';
import { serveForTests } from '../server/__tests__/test-server';

const s = serveForTests();
const newTrainee = () =>
  s.t.ok('trainees.create', { data: traineeInput({ passportNumber: null }), confirm: true }).trainee.id;
const html = Buffer.from('<!doctype html><script>alert(1)</script>');
const signature = png(4, 3).subarray(0, 16);

const HOSTILE: [string, Buffer, string][] = [
  ['a PNG header followed by HTML', Buffer.concat([signature, html]), 'photo_broken'],
  ['a 20,000 × 20,000 PNG', pngBomb(20_000), 'photo_too_many_pixels'],
  ['a PNG with bytes after IEND', Buffer.concat([png(4, 3), html]), 'photo_trailing_data'],
  ['a JPEG with bytes after EOI', Buffer.concat([JPEG, html]), 'photo_trailing_data'],
  ['a WebP with bytes beyond its RIFF length', Buffer.concat([WEBP, html]), 'photo_trailing_data'],
  ['HTML labelled as a PNG', html, 'invalid_photo'],
];

test.each(HOSTILE)('%s is refused and the server still answers', async (_name, bytes, code) => {
  const id = newTrainee();
  const photos = count(s.t.core, 'trainee_photos');
  const audits = count(s.t.core, 'audit_log');

  const reply = await s.api('trainees.photo.set', undefined, JSON.stringify(photoInput(id, bytes)));
  expect(reply.status).toBe(200);
  const answer = reply.json() as { ok: boolean; error?: { code: string; issues?: { code: string }[] } };
  expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  expect(answer.error?.issues?.map((i) => i.code)).toEqual([code]);
  expect(count(s.t.core, 'trainee_photos')).toBe(photos);
  expect(count(s.t.core, 'audit_log')).toBe(audits);

  const next = await s.api('trainees.get', undefined, JSON.stringify({ id }));
  expect(next.status).toBe(200);
  expect(next.json()).toMatchObject({ ok: true, value: { id, hasPhoto: false } });
});

test('a real photo over HTTP is stored, and its copy is what a card reads', async () => {
  const id = newTrainee();
  const reply = await s.api('trainees.photo.set', undefined, JSON.stringify(photoInput(id, WEBP, 'image/jpeg')));
  expect(reply.json()).toMatchObject({ ok: true, value: { id, hasPhoto: true } });
  const copy = await s.api('trainees.photo.copy', undefined, JSON.stringify({ id }));
  expect(copy.json()).toMatchObject({ ok: true, value: { mime: 'image/jpeg', data: JPEG.toString('base64') } });
  const full = await s.api('trainees.photo.get', undefined, JSON.stringify({ id }));
  expect(full.json()).toMatchObject({ ok: true, value: { mime: 'image/webp' } });
});
