// Files in and out of the browser mode, which has no file dialogs: a database file the person picked is
// uploaded (POST /files/upload, the raw bytes) into the data folder's incoming/ and then restored with
// `backup.restore.inspect`/`restore.apply { source: { kind: 'upload', uploadId } }`; a backup is downloaded
// (POST /files/backup `{ id }`, or `{}` for a fresh one) as an attachment. http.ts has already checked
// the token, Host and Origin. Bodies are streamed, never held in memory: backups can be large.
import crypto from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { z } from 'zod';
import { BackupId, type BackupInfo } from '../../../shared/backup/schema';
import { backupsDir, incomingDir, uploadPath } from '../backup/paths';
import type { AsyncDispatch } from '../boundary';
import { readJson, refuse, send } from './reply';

/** A database far larger than this office will ever have (50,000 trainees is about 100 MB). */
export const MAX_UPLOAD_BYTES = 2 * 1024 ** 3;
/** An upload that sends nothing for this long is given up (a closed laptop lid, a stuck client). */
const UPLOAD_IDLE_MS = 30_000;
/** Uploads nobody restored are removed when a later upload starts. */
const STALE_UPLOAD_MS = 24 * 60 * 60 * 1000;

export interface TransferOptions {
  dispatch: AsyncDispatch;
  /** The data folder (its backups/ and incoming/). */
  dataDir: () => Promise<string>;
  maxUploadBytes?: number;
  uploadIdleMs?: number;
  bodyTimeoutMs: number;
}

const DownloadRequest = z.strictObject({ id: BackupId.optional() });

function sweepStale(dir: string, now: number): void {
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    try {
      if (now - fs.statSync(file).mtimeMs > STALE_UPLOAD_MS) fs.rmSync(file, { force: true });
    } catch {
      // Gone already, or in use: the next sweep tries again.
    }
  }
}

export async function handleUpload(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  options: TransferOptions,
): Promise<void> {
  const max = options.maxUploadBytes ?? MAX_UPLOAD_BYTES;
  const tooLarge = () => {
    res.setHeader('connection', 'close');
    refuse(res, 413, {
      code: 'payload_too_large',
      message: `The file is larger than ${Math.floor(max / 1024 / 1024)} MB, more than any CLAIR Desk database.`,
    });
  };
  if (!(req.headers['content-type'] ?? '').startsWith('application/octet-stream')) {
    return refuse(res, 415, { code: 'unsupported', message: 'Send the file as application/octet-stream.' });
  }
  if (Number(req.headers['content-length'] ?? 0) > max) return tooLarge();

  const dataDir = await options.dataDir();
  const dir = incomingDir(dataDir);
  try {
    fs.mkdirSync(dir, { recursive: true });
    sweepStale(dir, Date.now());
  } catch (error) {
    res.setHeader('connection', 'close');
    const reason = error instanceof Error ? error.message : String(error);
    return refuse(res, 500, {
      code: 'internal',
      message: `The file could not be stored in the data folder (${reason}).`,
    });
  }
  const uploadId = crypto.randomUUID();
  const final = uploadPath(dataDir, uploadId);
  // Written under another name and renamed when whole, so no half file is ever taken for an upload.
  const partial = `${final}.part`;
  const out = fs.createWriteStream(partial, { flags: 'wx', mode: 0o600 });

  let size = 0;
  let settled = false;
  let idle: NodeJS.Timeout | undefined;
  const armIdle = () => {
    clearTimeout(idle);
    idle = setTimeout(() => fail(408, 'The file stopped arriving.'), options.uploadIdleMs ?? UPLOAD_IDLE_MS);
  };
  /** Stops the upload and removes what arrived; answers with `status` unless the client is gone. */
  function fail(status: number | null, message = '') {
    if (settled) return;
    settled = true;
    clearTimeout(idle);
    req.unpipe(out);
    // Removed once its handle is closed (Windows cannot delete an open file).
    const remove = () => fs.rm(partial, { force: true }, () => undefined);
    if (out.closed) remove();
    else out.once('close', remove);
    out.destroy();
    if (status === null || res.headersSent) return;
    if (status === 413) tooLarge();
    else {
      res.setHeader('connection', 'close');
      refuse(res, status, { code: status === 500 ? 'internal' : 'malformed_json', message });
    }
    // Read (and drop) whatever is still coming, so the client gets to read the answer; a client
    // that keeps sending long after is cut off.
    req.resume();
    setTimeout(() => req.destroy(), 5_000).unref();
  }

  req.on('data', (chunk: Buffer) => {
    if (settled) return;
    size += chunk.length;
    if (size > max) fail(413);
    else armIdle();
  });
  req.on('close', () => {
    if (!req.complete) fail(null);
  });
  out.on('error', (error) => fail(500, `The file could not be stored in the data folder (${error.message}).`));
  req.on('end', () => {
    if (settled) return;
    clearTimeout(idle);
  });
  out.on('finish', () => {
    if (settled) return;
    settled = true;
    try {
      fs.renameSync(partial, final);
    } catch (error) {
      fs.rm(partial, { force: true }, () => undefined);
      const reason = error instanceof Error ? error.message : String(error);
      refuse(res, 500, { code: 'internal', message: `The file could not be stored in the data folder (${reason}).` });
      return;
    }
    send(res, 200, { ok: true, value: { uploadId, size } });
  });
  armIdle();
  req.pipe(out);
}

/** YYYY-MM-DD of this computer's calendar (the day the person sees), not UTC's. */
function localDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** `Content-Disposition` for a file name of our own making (ASCII: backup ids and dates). */
function attachment(fileName: string): string {
  return `attachment; filename="${fileName}"`;
}

export async function handleDownload(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  options: TransferOptions,
): Promise<void> {
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return refuse(res, 415, { code: 'malformed_json', message: 'Send the request body as application/json.' });
  }
  const body = await readJson(req, res, options.bodyTimeoutMs);
  if (!body) return;
  const parsed = DownloadRequest.safeParse(body.value);
  if (!parsed.success) {
    return refuse(res, 400, { code: 'invalid_input', message: 'Name a backup by its id, or nothing for a new one.' });
  }
  let id = parsed.data.id;
  let fileName = id;
  if (!id) {
    // "Export all data": a fresh backup, made and verified like any other, saved under a name that says what it is.
    const made = await options.dispatch('backup.create', {});
    if (!made.ok) return send(res, made.error.code === 'internal' ? 500 : 409, made);
    id = (made.value as BackupInfo).id;
    fileName = `clair-desk-all-data-${localDay(new Date())}.sqlite`;
  }
  const file = path.join(backupsDir(await options.dataDir()), id);
  let stream: fs.ReadStream;
  let size: number;
  try {
    // Opened before the answer starts, so a missing file is a 404 and not a broken download.
    const fd = fs.openSync(file, 'r');
    size = fs.fstatSync(fd).size;
    stream = fs.createReadStream('', { fd });
  } catch {
    return refuse(res, 404, { code: 'not_found', message: 'There is no such backup.' });
  }
  res.writeHead(200, {
    'content-type': 'application/vnd.sqlite3',
    'content-length': size,
    'content-disposition': attachment(fileName ?? id),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  stream.on('error', () => res.destroy());
  res.on('close', () => stream.destroy());
  stream.pipe(res);
}
