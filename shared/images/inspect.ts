// Is this really a JPEG, PNG or WebP image, and how many pixels would decoding it take? Read from the
// bytes alone: the type from the signature, the dimensions from the header (image-size), and the file
// walked from its first structure to the image's end so that nothing hides behind it. Nothing is
// decoded, so a pixel bomb costs only its bytes. Runs in Node (the core) and in the browser (the
// renderer checks before it lets the browser decode).
import { imageSize } from 'image-size';

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

/**
 * The most pixels a full-size image may have: 40 megapixels. Every phone's default photo is far below
 * (12 to 24.5 MP; 48–50 MP modes are larger than the 2 MB a photo may be anyway), as are 8K frames
 * (33 MP) and an A4 page scanned at 600 dpi (35 MP); decoded it is at most 160 MB. The 20,000 × 20,000
 * PNG seen in issue 12 (400 MP, 1.6 GB decoded) is ten times over.
 */
export const IMAGE_MAX_PIXELS = 40_000_000;

export type ImageProblem = 'image_not_supported' | 'image_broken' | 'image_trailing_data' | 'image_too_many_pixels';

export type ImageCheck =
  | { ok: true; mime: ImageType; width: number; height: number }
  | { ok: false; problem: ImageProblem; mime?: ImageType; width?: number; height?: number };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const ascii = (bytes: Uint8Array, at: number, length: number) =>
  at + length <= bytes.length ? String.fromCharCode(...bytes.subarray(at, at + length)) : '';
const u16be = (b: Uint8Array, at: number) => (b[at] ?? 0) * 0x100 + (b[at + 1] ?? 0);
const u32be = (b: Uint8Array, at: number) => u16be(b, at) * 0x10000 + u16be(b, at + 2);
const u32le = (b: Uint8Array, at: number) =>
  (b[at] ?? 0) + (b[at + 1] ?? 0) * 0x100 + (b[at + 2] ?? 0) * 0x10000 + (b[at + 3] ?? 0) * 0x1000000;

/** The type the signature says, or null. */
export function sniffImage(bytes: Uint8Array): ImageType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return 'image/png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'image/webp';
  return null;
}

// ---- PNG: chunks from IHDR to IEND, each with its CRC.

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array, from: number, to: number): number {
  let c = 0xffffffff;
  for (let i = from; i < to; i++) c = (CRC_TABLE[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Where a PNG ends (just after IEND), or null when its chunks are broken. */
function pngEnd(b: Uint8Array): number | null {
  let at = 8;
  let sawData = false;
  for (let index = 0; at + 12 <= b.length; index++) {
    const length = u32be(b, at);
    const type = ascii(b, at + 4, 4);
    const next = at + 12 + length;
    if (next > b.length || !/^[A-Za-z]{4}$/.test(type)) return null;
    if ((index === 0) !== (type === 'IHDR')) return null;
    if (crc32(b, at + 4, at + 8 + length) !== u32be(b, at + 8 + length)) return null;
    if (type === 'IDAT') sawData = true;
    if (type === 'IEND') return sawData ? next : null;
    at = next;
  }
  return null;
}

// ---- JPEG: marker segments from SOI to EOI, the entropy-coded data after each SOS skipped. APP
// segments (where EXIF keeps its thumbnail, itself a JPEG) are skipped by their length. A Multi-Picture
// (MPF, APP2) index may place further JPEGs after the first one's EOI (the gain map of an Ultra HDR
// photo, a depth map): those, exactly as listed and each a whole JPEG, belong to the file too.

interface JpegWalk {
  end: number;
  /** Further images an MPF index lists: absolute offset and size. */
  extra: { at: number; size: number }[];
}

const isStandalone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);

/** After an SOS segment: the offset of the next marker past the entropy-coded data. */
function skipScan(b: Uint8Array, at: number): number {
  let i = at;
  while (i + 1 < b.length) {
    if (b[i] !== 0xff) {
      i++;
      continue;
    }
    const next = b[i + 1] ?? 0;
    if (next === 0x00 || (next >= 0xd0 && next <= 0xd7) || next === 0xff) i += next === 0xff ? 1 : 2;
    else return i;
  }
  return b.length;
}

/** The images an MPF index (the APP2 payload after "MPF\0", a TIFF structure) lists after the first. */
function mpfImages(b: Uint8Array, tiff: number, limit: number): { at: number; size: number }[] {
  const order = ascii(b, tiff, 2);
  if (order !== 'II' && order !== 'MM') return [];
  const little = order === 'II';
  const u16 = (at: number) => (little ? (b[at] ?? 0) + (b[at + 1] ?? 0) * 0x100 : u16be(b, at));
  const u32 = (at: number) => (little ? u32le(b, at) : u32be(b, at));
  const ifd = tiff + u32(tiff + 4);
  const count = u16(ifd);
  for (let i = 0; i < count && ifd + 2 + i * 12 + 12 <= limit; i++) {
    const entry = ifd + 2 + i * 12;
    if (u16(entry) !== 0xb002) continue; // MPEntry: 16 bytes per image
    const images = Math.floor(u32(entry + 4) / 16);
    const list = tiff + u32(entry + 8);
    const found: { at: number; size: number }[] = [];
    for (let n = 0; n < images && list + n * 16 + 16 <= limit; n++) {
      const offset = u32(list + n * 16 + 8);
      if (offset > 0) found.push({ at: tiff + offset, size: u32(list + n * 16 + 4) });
    }
    return found;
  }
  return [];
}

const isFrame = (marker: number) =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/** Past the segment at `at` (and the scan after an SOS) to the next marker; null when it overruns. */
function pastSegment(b: Uint8Array, at: number, marker: number): number | null {
  const length = u16be(b, at + 2);
  const next = at + 2 + length;
  if (length < 2 || next > b.length) return null;
  return marker === 0xda ? skipScan(b, next) : next;
}

/** Where a JPEG starting at `start` ends (just after EOI), or null when its segments are broken. */
function walkJpeg(b: Uint8Array, start: number): JpegWalk | null {
  if (b[start] !== 0xff || b[start + 1] !== 0xd8) return null;
  let at: number | null = start + 2;
  let extra: JpegWalk['extra'] = [];
  let sawFrame = false;
  while (at !== null && at + 1 < b.length) {
    const marker = b[at + 1] ?? 0;
    if (b[at] !== 0xff || marker === 0xd8 || marker === 0x00) return null;
    if (marker === 0xd9) return sawFrame ? { end: at + 2, extra } : null;
    if (marker === 0xff || isStandalone(marker)) {
      at += marker === 0xff ? 1 : 2; // a fill byte, or a marker without a length
      continue;
    }
    sawFrame ||= isFrame(marker);
    if (marker === 0xe2 && ascii(b, at + 4, 4) === 'MPF\0') extra = mpfImages(b, at + 8, at + 2 + u16be(b, at + 2));
    at = pastSegment(b, at, marker);
  }
  return null;
}

/** Where a JPEG file ends: its first image's EOI, or the end of the last MPF image that follows it. */
function jpegEnd(b: Uint8Array): number | null {
  const first = walkJpeg(b, 0);
  if (!first) return null;
  let end = first.end;
  for (const image of [...first.extra].sort((x, y) => x.at - y.at)) {
    if (image.at !== end) break;
    const walked = walkJpeg(b.subarray(0, image.at + image.size), image.at);
    if (walked?.end !== image.at + image.size) break;
    end = walked.end;
  }
  return end;
}

// ---- WebP: a RIFF file whose declared length is the end; the chunks inside must fill it exactly.

function webpEnd(b: Uint8Array): number | null {
  const end = u32le(b, 4) + 8;
  if (end > b.length || end < 20 || !/^VP8[ LX]$/.test(ascii(b, 12, 4))) return null;
  let at = 12;
  while (at + 8 <= end) {
    const size = u32le(b, at + 4);
    at += 8 + size + (size % 2);
  }
  return at === end ? end : null;
}

const STRUCTURE_END: Record<ImageType, (b: Uint8Array) => number | null> = {
  'image/jpeg': jpegEnd,
  'image/png': pngEnd,
  'image/webp': webpEnd,
};

function dimensions(bytes: Uint8Array): { width: number; height: number } | null {
  try {
    const { width, height } = imageSize(bytes);
    return width > 0 && height > 0 ? { width, height } : null;
  } catch {
    return null;
  }
}

/**
 * The image's type and dimensions, or the first problem: not a JPEG/PNG/WebP; broken (truncated, bad
 * structure or checksum, no dimensions); bytes after the image's end; more pixels than `maxPixels`.
 */
export function inspectImage(bytes: Uint8Array, maxPixels: number): ImageCheck {
  const mime = sniffImage(bytes);
  if (!mime) return { ok: false, problem: 'image_not_supported' };
  const end = STRUCTURE_END[mime](bytes);
  const size = end === null ? null : dimensions(bytes);
  if (end === null || !size) return { ok: false, problem: 'image_broken', mime };
  if (size.width * size.height > maxPixels) return { ok: false, problem: 'image_too_many_pixels', mime, ...size };
  if (end < bytes.length) return { ok: false, problem: 'image_trailing_data', mime, ...size };
  return { ok: true, mime, ...size };
}
