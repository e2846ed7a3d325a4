// The ZIP container of an .xlsx file, read and written synchronously with Node's zlib. The core's
// handlers are synchronous (one SQLite transaction per call) and exceljs only offers promises, so
// the few parts of the format a host list needs are done here; tests check the result against exceljs.
import zlib from 'node:zlib';

export class ZipError extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Guards against a small file that inflates to gigabytes. */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
const MAX_TOTAL_BYTES = 256 * 1024 * 1024;
const MAX_ENTRIES = 10_000;

interface Entry {
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** The entries of a ZIP file by name; each is inflated only when read. */
export class ZipReader {
  private readonly entries = new Map<string, Entry>();
  private inflated = 0;

  constructor(private readonly bytes: Buffer) {
    const end = this.findEnd();
    const count = bytes.readUInt16LE(end + 10);
    let at = bytes.readUInt32LE(end + 16);
    if (count > MAX_ENTRIES) throw new ZipError('too many entries');
    for (let i = 0; i < count; i++) {
      if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) throw new ZipError('bad central directory');
      const nameLength = bytes.readUInt16LE(at + 28);
      const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
      this.entries.set(name, {
        method: bytes.readUInt16LE(at + 10),
        compressedSize: bytes.readUInt32LE(at + 20),
        size: bytes.readUInt32LE(at + 24),
        localOffset: bytes.readUInt32LE(at + 42),
      });
      at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    }
  }

  private findEnd(): number {
    // The end record sits in the last 22 bytes plus a comment of up to 65,535 bytes.
    const stop = Math.max(0, this.bytes.length - 22 - 0xffff);
    for (let at = this.bytes.length - 22; at >= stop; at--) {
      if (this.bytes.readUInt32LE(at) === EOCD) return at;
    }
    throw new ZipError('not a zip file');
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  read(name: string): Buffer {
    const entry = this.entries.get(name);
    if (!entry) throw new ZipError(`missing ${name}`);
    const at = entry.localOffset;
    if (at + 30 > this.bytes.length || this.bytes.readUInt32LE(at) !== LOCAL) throw new ZipError('bad local header');
    const start = at + 30 + this.bytes.readUInt16LE(at + 26) + this.bytes.readUInt16LE(at + 28);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw new ZipError('truncated entry');
    const data = this.bytes.subarray(start, end);
    let out: Buffer;
    if (entry.method === 0) out = Buffer.from(data);
    else if (entry.method === 8) {
      const limit = Math.min(MAX_ENTRY_BYTES, MAX_TOTAL_BYTES - this.inflated);
      try {
        out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, limit) });
      } catch {
        throw new ZipError(`cannot inflate ${name}`);
      }
    } else throw new ZipError(`unsupported compression ${entry.method}`);
    this.inflated += out.length;
    return out;
  }

  text(name: string): string {
    return this.read(name).toString('utf8');
  }
}

/** A DOS date and time, as ZIP headers store them. */
function dosTime(date: Date): { time: number; day: number } {
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    day: ((Math.max(1980, date.getFullYear()) - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

export function writeZip(files: { name: string; data: Buffer }[], date: Date): Buffer {
  const { time, day } = dosTime(date);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8');
    const packed = zlib.deflateRawSync(file.data);
    const crc = zlib.crc32(file.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(file.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(20, 4); // made by
    local.copy(central, 6, 4, 30); // version needed … name length: the same fields as the local header
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
