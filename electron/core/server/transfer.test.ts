// The browser mode's file transfer on a real port with a real core: uploads for a restore and
// downloads of backups, their refusals, and nothing kept after one.
import crypto from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { backupsDir, incomingDir, uploadPath } from '../backup/paths';
import { auth, serveForTests, TOKEN } from './__tests__/test-server';
import { type RunningServer, startServer } from './http';

const s = serveForTests();
const { request, nothingWritten, refusedWith } = s;

describe('file transfer: uploads for a restore, downloads of backups', () => {
  const octet = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/octet-stream' };
  const upload = (
    body: Buffer | ((req: http.ClientRequest) => void),
    headers: Record<string, string | number> = octet,
    port?: number,
  ) => request({ path: '/files/upload', headers, port }, body);
  const download = (input: unknown, headers: Record<string, string | number> = auth) =>
    request({ path: '/files/backup', headers }, JSON.stringify(input));
  /** The incoming folder's files (uploads and partial uploads). */
  const incoming = () => (fs.existsSync(incomingDir(s.t.dir)) ? fs.readdirSync(incomingDir(s.t.dir)).sort() : []);
  const backups = () => (fs.existsSync(backupsDir(s.t.dir)) ? fs.readdirSync(backupsDir(s.t.dir)).sort() : []);
  const BACKUP_ID = 'clair-desk-manual-20260601T120000000Z.sqlite';
  const backupBytes = crypto.randomBytes(300_000);

  beforeAll(() => {
    // A file in the backups folder stands for a backup: the download only streams what is there.
    fs.mkdirSync(backupsDir(s.t.dir), { recursive: true });
    fs.writeFileSync(path.join(backupsDir(s.t.dir), BACKUP_ID), backupBytes);
  });

  test('without a token, with a wrong one, from a foreign Host or Origin, or by GET: refused, nothing kept', async () => {
    const before = { incoming: incoming(), backups: backups() };
    const bytes = Buffer.from('SQLite format 3\0');
    const id = { id: BACKUP_ID };
    const cases: [Record<string, string | number>, number, string][] = [
      [{ 'content-type': 'application/octet-stream' }, 401, 'unauthorized'],
      [{ ...octet, authorization: 'Bearer wrong' }, 401, 'unauthorized'],
      [{ ...octet, host: 'evil.example' }, 403, 'forbidden'],
      [{ ...octet, host: `127.0.0.1:${s.server.port + 1}` }, 403, 'forbidden'],
      [{ ...octet, origin: 'http://evil.example' }, 403, 'forbidden'],
      [{ ...octet, origin: 'null' }, 403, 'forbidden'],
    ];
    for (const [headers, status, code] of cases) {
      refusedWith(await upload(bytes, headers), status, code);
      const json = { ...headers, 'content-type': 'application/json' };
      const reply = await download(id, json);
      refusedWith(reply, status, code);
      expect(reply.body.includes(backupBytes.subarray(0, 64))).toBe(false);
    }
    for (const p of ['/files/upload', '/files/backup']) {
      refusedWith(await request({ method: 'GET', path: p, headers: auth }), 405, 'unsupported');
    }
    refusedWith(await upload(bytes, { ...octet, 'content-type': 'multipart/form-data' }), 415, 'unsupported');
    refusedWith(await download(id, { ...auth, 'content-type': 'text/plain' }), 415, 'malformed_json');
    expect({ incoming: incoming(), backups: backups() }).toEqual(before);
  });

  test('an upload arrives byte for byte under a new id, for restore.inspect', async () => {
    const bytes = Buffer.concat([fs.readFileSync(s.t.core.dbFile), crypto.randomBytes(100_000)]);
    const reply = await upload(bytes);
    expect(reply.status).toBe(200);
    const { ok, value } = reply.json() as unknown as { ok: boolean; value: { uploadId: string; size: number } };
    expect(ok).toBe(true);
    expect(value.uploadId).toMatch(/^[a-f0-9-]{36}$/);
    expect(value.size).toBe(bytes.length);
    expect(fs.readFileSync(uploadPath(s.t.dir, value.uploadId)).equals(bytes)).toBe(true);
    expect(incoming().filter((f) => f.endsWith('.part'))).toEqual([]);
    // Sent in pieces without a declared length, the same.
    const chunked = await upload((req) => {
      for (let i = 0; i < 4; i++) req.write(bytes.subarray(i * 1000, (i + 1) * 1000));
      req.end();
    });
    const second = (chunked.json() as unknown as { value: { uploadId: string } }).value.uploadId;
    expect(second).not.toBe(value.uploadId);
    expect(fs.readFileSync(uploadPath(s.t.dir, second)).equals(bytes.subarray(0, 4000))).toBe(true);
    nothingWritten();
  });

  describe('uploads that go wrong leave no file behind', () => {
    let small: RunningServer;
    beforeAll(async () => {
      small = await startServer({
        dispatch: s.t.dispatchAsync,
        token: TOKEN,
        dataDir: s.t.dir,
        maxUploadBytes: 64 * 1024,
        uploadIdleMs: 300,
      });
    });
    afterAll(() => small.close());

    test('over the size limit, declared or streamed: 413', async () => {
      const before = incoming();
      refusedWith(await upload(Buffer.alloc(64 * 1024 + 1), octet, small.port), 413, 'payload_too_large');
      const streamed = await upload(
        (req) => {
          for (let i = 0; i < 20; i++) req.write(Buffer.alloc(8 * 1024, 1));
          req.end();
        },
        octet,
        small.port,
      );
      refusedWith(streamed, 413, 'payload_too_large');
      // The partial file is removed as the answer goes out (asynchronously, so give it a moment).
      await expect.poll(incoming).toEqual(before);
      // Exactly at the limit is fine.
      expect((await upload(Buffer.alloc(64 * 1024), octet, small.port)).status).toBe(200);
    });

    test('a data folder that cannot take the file: 500 with the reason, nothing left', async () => {
      const blocked = path.join(s.t.dir, 'blocked');
      fs.mkdirSync(blocked);
      // Where the incoming folder should be, a file is in the way.
      fs.writeFileSync(incomingDir(blocked), 'x');
      const other = await startServer({ dispatch: s.t.dispatchAsync, token: TOKEN, dataDir: blocked });
      try {
        const reply = await upload(Buffer.from('SQLite format 3\0'), octet, other.port);
        refusedWith(reply, 500, 'internal');
        expect(reply.json().error?.message).toMatch(/could not be stored in the data folder \(.*EEXIST/);
        expect(fs.readdirSync(blocked)).toEqual([path.basename(incomingDir(blocked))]);
      } finally {
        await other.close();
      }
    });

    test('a client that stops sending is cut off (408); one that goes away is cleaned up', async () => {
      const before = incoming();
      const socket = net.connect(small.port, '127.0.0.1');
      const answer = new Promise<string>((resolve) => {
        let text = '';
        socket.on('data', (c) => {
          text += c.toString();
        });
        socket.on('close', () => resolve(text));
      });
      socket.write(
        `POST /files/upload HTTP/1.1\r\nHost: 127.0.0.1:${small.port}\r\nAuthorization: Bearer ${TOKEN}\r\n` +
          'Content-Type: application/octet-stream\r\nContent-Length: 50000\r\n\r\nSQLite format 3',
      );
      expect(await answer).toMatch(/^HTTP\/1\.1 408/);
      await expect.poll(incoming).toEqual(before);

      const aborted = net.connect(small.port, '127.0.0.1');
      aborted.write(
        `POST /files/upload HTTP/1.1\r\nHost: 127.0.0.1:${small.port}\r\nAuthorization: Bearer ${TOKEN}\r\n` +
          `Content-Type: application/octet-stream\r\nContent-Length: 50000\r\n\r\n${'x'.repeat(20_000)}`,
      );
      await expect.poll(() => incoming().length).toBeGreaterThan(before.length);
      aborted.destroy();
      await expect.poll(incoming).toEqual(before);
      nothingWritten();
    });
  });

  test('a backup downloads byte for byte as an attachment named by its id', async () => {
    const reply = await download({ id: BACKUP_ID });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/vnd.sqlite3');
    expect(reply.headers['content-disposition']).toBe(`attachment; filename="${BACKUP_ID}"`);
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.body.equals(backupBytes)).toBe(true);
  });

  test('a backup that is not there, or a name that is not a backup id: refused', async () => {
    refusedWith(await download({ id: 'clair-desk-daily-20200101T000000Z.sqlite' }), 404, 'not_found');
    for (const id of ['../clair-desk.sqlite', '/etc/passwd', 'clair-desk-manual-x.sqlite', 42]) {
      refusedWith(await download({ id }), 400, 'invalid_input');
    }
    refusedWith(await download({ id: BACKUP_ID, path: '/tmp/x' }), 400, 'invalid_input');
    refusedWith(await request({ path: '/files/backup', headers: auth }, '{"id":'), 400, 'malformed_json');
    refusedWith(await request({ path: '/files/other', headers: auth }, '{}'), 404, 'not_found');
  });

  test('without an id, a fresh backup of all the data is made and downloaded', async () => {
    const before = backups();
    const reply = await download({});
    expect(reply.status).toBe(200);
    expect(reply.headers['content-disposition']).toMatch(
      /^attachment; filename="clair-desk-all-data-\d{4}-\d{2}-\d{2}\.sqlite"$/,
    );
    expect(reply.body.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    // The first backup of a month may bring a monthly one along; the download is the manual one.
    const made = backups().filter((f) => !before.includes(f) && /^clair-desk-manual-.*\.sqlite$/.test(f));
    expect(made).toHaveLength(1);
    expect(fs.readFileSync(path.join(backupsDir(s.t.dir), made[0] ?? '')).equals(reply.body)).toBe(true);
  });
});
