// The ZIP container of an .xlsx file, by fflate. Before anything is inflated, the central directory is
// looked at: how many entries and how large they say they will be. A zip bomb can lie about its sizes,
// so the entries are then inflated as a stream with the bytes counted, and the stream is stopped as soon
// as an entry passes its declared size or the real total passes the limit.
import { Unzip, UnzipInflate, UnzipPassThrough, unzipSync, zipSync } from 'fflate';

export type ZipProblem = 'not_zip' | 'too_many_entries' | 'expanded_too_large';

export class ZipError extends Error {
  constructor(
    message: string,
    readonly code: ZipProblem = 'not_zip',
    readonly params: Record<string, number> = {},
  ) {
    super(message);
  }
}

export interface ZipLimits {
  /** An .xlsx has a dozen or so entries; a few hundred with pictures. */
  maxEntries: number;
  /** The bytes of all entries once inflated, declared and real. */
  maxExpandedBytes: number;
}

export const ZIP_LIMITS: ZipLimits = { maxEntries: 1000, maxExpandedBytes: 64 * 1024 * 1024 };

/** The entries' declared sizes from the central directory; nothing is inflated. */
function declaredSizes(bytes: Uint8Array, limits: ZipLimits): Map<string, number> {
  const sizes = new Map<string, number>();
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (info) => {
        if (sizes.size >= limits.maxEntries) {
          throw new ZipError('too many entries', 'too_many_entries', { max: limits.maxEntries });
        }
        total += info.originalSize;
        if (total > limits.maxExpandedBytes) throw tooLarge(limits);
        if (sizes.has(info.name)) throw new ZipError(`${info.name} appears twice`);
        sizes.set(info.name, info.originalSize);
        return false;
      },
    });
  } catch (error) {
    if (error instanceof ZipError) throw error;
    throw new ZipError('not a zip file');
  }
  return sizes;
}

const tooLarge = (limits: ZipLimits) =>
  new ZipError('the entries inflate beyond the limit', 'expanded_too_large', { max: limits.maxExpandedBytes });

/**
 * Compressed bytes are handed to the inflater this much at a time, and the sizes are checked after
 * each piece: deflate expands at most about 1,032 times, so one piece never becomes more than 16 MB.
 */
const PIECE = 16 * 1024;

/**
 * The entries `wanted` picks, inflated. Every entry is inflated (and counted) to check the real sizes
 * against the declared ones; only the wanted ones are kept. An entry that inflates beyond the size it
 * declared is stopped there, so the declared sizes, checked first, bound what is ever inflated.
 */
export function unzipEntries(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits: ZipLimits = ZIP_LIMITS,
): Map<string, Uint8Array> {
  const declared = declaredSizes(bytes, limits);
  const kept = new Map<string, Uint8Array>();
  const seen = new Set<string>();
  let total = 0;
  // The first problem; fflate hands a handler's error back to it, so it is kept here, not thrown.
  let failure: ZipError | null = null;
  const fail = (error: ZipError) => {
    failure ??= error;
  };
  const unzip = new Unzip((file) => {
    const size = declared.get(file.name);
    if (size === undefined || seen.has(file.name)) return fail(new ZipError(`${file.name} is not in the directory`));
    seen.add(file.name);
    const chunks: Uint8Array[] = [];
    let length = 0;
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) return fail(new ZipError(`cannot inflate ${file.name}`));
      length += chunk.length;
      total += chunk.length;
      if (total > limits.maxExpandedBytes) return fail(tooLarge(limits));
      if (length > size) return fail(new ZipError(`${file.name} inflates to more than the ${size} bytes it declares`));
      if (wanted(file.name)) chunks.push(chunk);
      if (!final) return;
      if (length !== size) return fail(new ZipError(`${file.name} inflates to less than it declares`));
      if (wanted(file.name)) kept.set(file.name, concat(chunks, length));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    for (let at = 0; at < bytes.length && !failure; at += PIECE) {
      unzip.push(bytes.subarray(at, at + PIECE), at + PIECE >= bytes.length);
    }
  } catch {
    fail(new ZipError('cannot inflate'));
  }
  if (failure) throw failure;
  // An entry the central directory lists but no local header holds (or one hidden inside another).
  if (seen.size !== declared.size) throw new ZipError('the entries do not match the directory');
  return kept;
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** A ZIP file of the entries given, deflated (tests build workbooks of their own with it). */
export function writeZip(files: { name: string; data: Uint8Array }[], date: Date): Buffer {
  const entries = Object.fromEntries(files.map((f) => [f.name, [f.data, { mtime: date }] as const]));
  return Buffer.from(zipSync(entries as Parameters<typeof zipSync>[0]));
}
