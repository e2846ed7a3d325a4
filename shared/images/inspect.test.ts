// The image check on real bytes: the three types pass with their dimensions; a header followed by
// something else, a truncated or corrupted file, bytes after the end and a pixel bomb do not.
import { expect, test } from 'vitest';
import {
  JPEG,
  jpegWithExifThumbnail,
  jpegWithMpf,
  png,
  pngBomb,
  pngChunk,
  pngOfSize,
  WEBP,
  webpTruncated,
} from '../../tests/support/images';
import { IMAGE_MAX_PIXELS, inspectImage } from './inspect';

const check = (bytes: Uint8Array, max = IMAGE_MAX_PIXELS) => inspectImage(bytes, max);
const problem = (bytes: Uint8Array, max = IMAGE_MAX_PIXELS) => {
  const result = check(bytes, max);
  return result.ok ? null : result.problem;
};
const html = Buffer.from('<html><script>alert(1)</script></html>');

test('a JPEG, a PNG and a WebP pass with the type their bytes are and their dimensions', () => {
  expect(check(JPEG)).toEqual({ ok: true, mime: 'image/jpeg', width: 4, height: 3 });
  expect(check(png(40, 30))).toEqual({ ok: true, mime: 'image/png', width: 40, height: 30 });
  expect(check(WEBP)).toEqual({ ok: true, mime: 'image/webp', width: 4, height: 3 });
  expect(check(pngOfSize(5000))).toMatchObject({ ok: true, width: 4, height: 3 });
  expect(pngOfSize(5000).length).toBe(5000);
});

test('anything else is not supported', () => {
  expect(problem(Buffer.from('GIF89a\x01\x00\x01\x00'))).toBe('image_not_supported');
  expect(problem(Buffer.from('<svg onload="alert(1)"/>'))).toBe('image_not_supported');
  expect(problem(Buffer.from('%PDF-1.7'))).toBe('image_not_supported');
  expect(problem(new Uint8Array())).toBe('image_not_supported');
});

test('a PNG header followed by HTML is broken, whether or not the IHDR is whole', () => {
  const signature = png(4, 3).subarray(0, 8);
  expect(problem(Buffer.concat([signature, html]))).toBe('image_broken');
  const header = png(4, 3).subarray(0, 8 + 25); // signature and IHDR
  expect(problem(Buffer.concat([header, html]))).toBe('image_broken');
});

test('a truncated or corrupted file is broken', () => {
  const whole = png(16, 16);
  expect(problem(whole.subarray(0, whole.length - 1))).toBe('image_broken');
  const corrupted = Buffer.from(whole);
  corrupted[45] = (corrupted[45] ?? 0) ^ 0xff; // inside IDAT: its CRC no longer matches
  expect(problem(corrupted)).toBe('image_broken');
  expect(problem(JPEG.subarray(0, JPEG.length - 2))).toBe('image_broken'); // no EOI
  expect(problem(JPEG.subarray(0, 300))).toBe('image_broken');
  expect(problem(webpTruncated())).toBe('image_broken');
  // A PNG without image data.
  const noData = Buffer.concat([whole.subarray(0, 33), pngChunk('IEND', Buffer.alloc(0))]);
  expect(problem(noData)).toBe('image_broken');
});

test('bytes after the end of the image are refused, for each type', () => {
  expect(problem(Buffer.concat([png(4, 3), html]))).toBe('image_trailing_data');
  expect(problem(Buffer.concat([png(4, 3), Buffer.from([0])]))).toBe('image_trailing_data');
  expect(problem(Buffer.concat([JPEG, html]))).toBe('image_trailing_data');
  expect(problem(Buffer.concat([JPEG, JPEG]))).toBe('image_trailing_data'); // a second image nobody listed
  expect(problem(Buffer.concat([WEBP, html]))).toBe('image_trailing_data');
  expect(problem(Buffer.concat([WEBP, Buffer.from('RIFF')]))).toBe('image_trailing_data');
});

test("a JPEG's EXIF thumbnail and the images its Multi-Picture index lists belong to it", () => {
  expect(check(jpegWithExifThumbnail())).toMatchObject({ ok: true, width: 4, height: 3 });
  expect(check(jpegWithMpf())).toMatchObject({ ok: true, mime: 'image/jpeg' });
  // The index must account for every byte: a wrong size, or more after the listed image, is refused.
  expect(problem(jpegWithMpf(JPEG, JPEG.length - 1))).toBe('image_trailing_data');
  expect(problem(Buffer.concat([jpegWithMpf(), html]))).toBe('image_trailing_data');
  expect(problem(jpegWithMpf(Buffer.concat([html, JPEG]), html.length + JPEG.length))).toBe('image_trailing_data');
});

test('more pixels than the limit are refused from the header, the 20,000 × 20,000 bomb among them', () => {
  const bomb = pngBomb(20_000);
  expect(bomb.length).toBeLessThan(400_000);
  expect(check(bomb)).toEqual({
    ok: false,
    problem: 'image_too_many_pixels',
    mime: 'image/png',
    width: 20_000,
    height: 20_000,
  });
  expect(20_000 * 20_000).toBeGreaterThanOrEqual(10 * IMAGE_MAX_PIXELS);
  // The limit is inclusive.
  expect(check(png(40, 30), 1200).ok).toBe(true);
  expect(problem(png(40, 30), 1199)).toBe('image_too_many_pixels');
  expect(problem(JPEG, 11)).toBe('image_too_many_pixels');
  expect(problem(WEBP, 11)).toBe('image_too_many_pixels');
});

test('every phone photo size passes the limit', () => {
  // 12 MP (4032 × 3024), 24 MP (5712 × 4284), 8K video frame (7680 × 4320), A4 at 600 dpi.
  for (const [w, h] of [
    [4032, 3024],
    [5712, 4284],
    [7680, 4320],
    [4960, 7016],
  ] as const) {
    expect(w * h).toBeLessThanOrEqual(IMAGE_MAX_PIXELS);
  }
});
