// Test helper (not app code): damages a database file the ways disks and people do, for the recovery
// tests. The e2e spec does the same to a file before the server starts.
import fs from 'node:fs';

/** Overwrites the "SQLite format 3" header: SQLite then says SQLITE_NOTADB. */
export function breakHeader(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, Buffer.from('this is no longer a database'), 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
}

/** Flips the bytes at the start of every page after the first (the b-tree page headers). */
export function breakPages(file: string): void {
  const data = fs.readFileSync(file);
  const size = data.readUInt16BE(16) === 1 ? 65536 : data.readUInt16BE(16);
  const fd = fs.openSync(file, 'r+');
  try {
    for (let offset = size; offset < data.length; offset += size) {
      const head = data.subarray(offset, offset + 12).map((b) => b ^ 0xff);
      fs.writeSync(fd, head, 0, head.length, offset);
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes the header's free-page count wrong: the file opens, but quick_check reports the free list. */
export function breakFreeList(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    const count = Buffer.alloc(4);
    count.writeUInt32BE(7);
    fs.writeSync(fd, count, 0, 4, 36);
  } finally {
    fs.closeSync(fd);
  }
}
