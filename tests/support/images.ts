// Real image bytes for tests: PNGs built here (any size, a pixel bomb, an exact byte length), and a
// JPEG and a WebP that Chromium's canvas encoded (4 × 3 pixels). Plus the pieces the image checks
// look for: EXIF thumbnails, a Multi-Picture index, bytes after the end.
import zlib from 'node:zlib';
import type { ImageType } from '../../shared/images/inspect';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function ihdr(width: number, height: number, bitDepth: number, colourType: number): Buffer {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data.set([bitDepth, colourType, 0, 0, 0], 8);
  return pngChunk('IHDR', data);
}

/** An RGB PNG of `width` × `height`; `noisy` fills it with pseudo-random pixels that do not compress. */
export function png(width: number, height: number, { noisy = false } = {}): Buffer {
  const raw = Buffer.alloc((1 + width * 3) * height);
  let seed = 7;
  for (let i = 0; i < raw.length; i++) {
    if (i % (1 + width * 3) === 0) continue; // the row's filter byte
    seed = (seed * 1103515245 + 12345) >>> 0;
    raw[i] = noisy ? seed >>> 24 : (i * 37) & 0xff;
  }
  return Buffer.concat([
    PNG_SIGNATURE,
    ihdr(width, height, 8, 2),
    pngChunk('IDAT', zlib.deflateSync(raw, { level: noisy ? 0 : 6 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * A real pixel bomb: a black 1-bit PNG of `side` × `side` whose rows deflate to almost nothing
 * (20,000 × 20,000 is about 50 KB here and 1.6 GB once a browser decodes it).
 */
export function pngBomb(side: number): Buffer {
  const row = Buffer.alloc(1 + Math.ceil(side / 8));
  const raw = Buffer.alloc(row.length * side);
  return Buffer.concat([
    PNG_SIGNATURE,
    ihdr(side, side, 1, 0),
    pngChunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A valid PNG of exactly `size` bytes: a small image padded with a text chunk. */
export function pngOfSize(size: number): Buffer {
  const base = png(4, 3);
  const pad = size - base.length - 12;
  if (pad < 8) throw new Error(`pngOfSize: ${size} bytes is too small`);
  const text = Buffer.concat([Buffer.from('Comment\0', 'latin1'), Buffer.alloc(pad - 8, 0x61)]);
  const iend = base.length - 12;
  return Buffer.concat([base.subarray(0, iend), pngChunk('tEXt', text), base.subarray(iend)]);
}

/** 4 × 3, baseline, with an ICC profile in APP2 (as Chromium's canvas writes it). */
export const JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAADAAQDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAb/xAAYEAEBAQEBAAAAAAAAAAAAAAACAQARQf/EABUBAQEAAAAAAAAAAAAAAAAAAAYH/8QAGBEBAAMBAAAAAAAAAAAAAAAAAQACETH/2gAMAwEAAhEDEQA/AJhJNVK1W+29zM1EAqYchlVdZ//Z',
  'base64',
);

/** 4 × 3, lossy, extended format with an ICC profile (as Chromium's canvas writes it). */
export const WEBP = Buffer.from(
  'UklGRiwCAABXRUJQVlA4WAoAAAAgAAAAAwAAAgAASUNDUMgBAAAAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADZWUDggPgAAAPABAJ0BKgQAAwABQCYlsAJ0ugH4AASDAAD+7nf53s1MP/0rTnVFq4XCfLQ+QZ+ql/8XvLUKOD0FhdcRgAAA',
  'base64',
);

/** A JPEG segment: marker, then a length that counts itself. */
function segment(marker: number, payload: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

/** JPEG with an EXIF APP1 segment whose thumbnail is a whole JPEG (its own SOI … EOI). */
export function jpegWithExifThumbnail(): Buffer {
  const exif = Buffer.concat([Buffer.from('Exif\0\0MM\0*\0\0\0\x08\0\0', 'latin1'), JPEG]);
  return Buffer.concat([JPEG.subarray(0, 2), segment(0xe1, exif), JPEG.subarray(2)]);
}

/**
 * JPEG with a Multi-Picture index (APP2 "MPF") listing a second JPEG stored after the first one's EOI,
 * as an Ultra HDR photo keeps its gain map. `declaredSize` lets a test lie about the second one.
 */
export function jpegWithMpf(second: Buffer = JPEG, declaredSize = second.length): Buffer {
  const entries = 2;
  const tiff = Buffer.alloc(8 + 2 + 12 + 4 + entries * 16);
  tiff.write('MM\0*', 0, 'latin1');
  tiff.writeUInt32BE(8, 4); // first IFD
  tiff.writeUInt16BE(1, 8); // one tag
  tiff.writeUInt16BE(0xb002, 10); // MPEntry
  tiff.writeUInt16BE(7, 12); // UNDEFINED
  tiff.writeUInt32BE(entries * 16, 14);
  tiff.writeUInt32BE(26, 18); // where the entries are, from the TIFF header
  // next IFD: 0 (bytes 22..25)
  const app2 = segment(0xe2, Buffer.concat([Buffer.from('MPF\0', 'latin1'), tiff]));
  const firstSize = JPEG.length + app2.length;
  const tiffStart = 2 + 4 + 4; // SOI, the APP2 marker and length, "MPF\0"
  tiff.writeUInt32BE(firstSize, 26 + 4);
  tiff.writeUInt32BE(declaredSize, 26 + 16 + 4);
  tiff.writeUInt32BE(firstSize - tiffStart, 26 + 16 + 8);
  const app2Final = segment(0xe2, Buffer.concat([Buffer.from('MPF\0', 'latin1'), tiff]));
  return Buffer.concat([JPEG.subarray(0, 2), app2Final, JPEG.subarray(2), second]);
}

/** A WebP whose RIFF header says it is longer than it is. */
export function webpTruncated(): Buffer {
  return WEBP.subarray(0, WEBP.length - 10);
}

/** What `trainees.photo.set` takes for these bytes: the photo and a small display-size copy. */
export function photoInput(id: number, bytes: Buffer = png(8, 6), mime: ImageType = 'image/png') {
  return { id, mime, data: bytes.toString('base64'), copy: { mime: 'image/jpeg' as ImageType, data: b64(JPEG) } };
}

const b64 = (bytes: Buffer) => bytes.toString('base64');
