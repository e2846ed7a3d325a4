// What every request handler of the browser mode shares: JSON answers, refusals as the contract's
// `{ ok: false, error }`, and reading a small JSON body within a size and a time limit.
import type http from 'node:http';
import type { AppError } from '../../../shared/result';

// Room for a 5 MB spreadsheet sent as base64 (about 6.7 MB) inside its JSON request.
export const MAX_BODY_BYTES = 8 * 1024 * 1024;

export function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

export function refuse(res: http.ServerResponse, status: number, error: AppError): void {
  send(res, status, { ok: false, error });
}

export function readBody(req: http.IncomingMessage, timeoutMs: number): Promise<Buffer | 'too_large' | 'timeout'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) return resolve('too_large');
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(() => resolve('timeout'), timeoutMs);
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        clearTimeout(timer);
        resolve('too_large');
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    });
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The body as text, or null when it is not valid UTF-8: a lenient decode would store U+FFFD in place
 * of what was sent, and the sender's text could never be recovered.
 */
export function decodeUtf8(body: Buffer): string | null {
  try {
    return strictUtf8.decode(body);
  } catch {
    return null;
  }
}

/** Reads a JSON body, or answers the refusal itself (413, 408, 400: not UTF-8, not JSON) and returns undefined. */
export async function readJson(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  timeoutMs: number,
): Promise<{ value: unknown } | undefined> {
  const body = await readBody(req, timeoutMs);
  if (body === 'too_large') {
    res.setHeader('connection', 'close');
    refuse(res, 413, {
      code: 'payload_too_large',
      message: `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`,
    });
    return undefined;
  }
  if (body === 'timeout') {
    res.setHeader('connection', 'close');
    refuse(res, 408, { code: 'malformed_json', message: 'The request body took too long to arrive.' });
    return undefined;
  }
  const text = decodeUtf8(body);
  if (text === null) {
    refuse(res, 400, {
      code: 'invalid_utf8',
      message: 'The request body is not valid UTF-8 text, so it was not read and nothing was saved.',
    });
    return undefined;
  }
  try {
    return { value: text.length === 0 ? {} : JSON.parse(text) };
  } catch {
    refuse(res, 400, { code: 'malformed_json', message: 'The request body is not valid JSON.' });
    return undefined;
  }
}
