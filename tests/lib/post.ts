// Test helper (not app code): one POST of JSON to the browser mode, with the bearer token, on its own
// connection (no keep-alive, so nothing holds a server open). Resolves with the status and the raw
// text; rejects when the connection breaks (a killed server). Also the one-time page addresses.
import http from 'node:http';

export interface Posted {
  status: number;
  text: string;
}

export function postJson(url: string, token: string, input: unknown): Promise<Posted> {
  const body = JSON.stringify(input);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * A new one-time address for a page of the browser mode at `origin` (POST /launch/new with the
 * token), at the hash `route` when given, e.g. `/trainees`.
 */
export async function launchAddress(origin: string, token: string, route?: string): Promise<string> {
  const { status, text } = await postJson(`${origin}/launch/new`, token, {});
  const answer = JSON.parse(text) as { ok: boolean; value?: { code: string } };
  if (!answer.ok || !answer.value) throw new Error(`no launch code (HTTP ${status}): ${text}`);
  return `${origin}/?launch=${answer.value.code}${route === undefined ? '' : `#${route}`}`;
}
