// Test helper (not app code): one POST of JSON to the browser mode, with the bearer token, on its own
// connection (no keep-alive, so nothing holds a server open). Resolves with the status and the raw
// text; rejects when the connection breaks (a killed server).
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
