// Browser mode only: whole files to and from the server, beside the JSON API (the Electron shell uses
// file dialogs and paths instead). An upload goes to POST /files/upload as raw bytes and answers an
// uploadId for backup.restore.inspect/apply; a backup comes from POST /files/backup and is saved as a download.
// Failures arrive as ApiError, like any call's.
import type { AppError } from '../../../shared/result';
import { ApiError, api } from './client';

const notRunning: AppError = {
  code: 'internal',
  message: 'CLAIR Desk is not running. Start it again and reload this page.',
};

function server(): { base: string; headers: Record<string, string> } {
  const http = api().transport.http;
  if (!http) throw new ApiError({ code: 'unsupported', message: 'Files are chosen with the desktop app’s dialogs.' });
  return http;
}

/** The core's `{ ok: false, error }` from a refused request, or a plain description of the status. */
function errorFrom(status: number, text: string): ApiError {
  try {
    const body = JSON.parse(text) as { ok?: boolean; error?: AppError };
    if (body.error?.code) return new ApiError(body.error);
  } catch {
    // Not JSON: described below.
  }
  return new ApiError({ code: 'internal', message: `Unexpected answer from CLAIR Desk (HTTP ${status}).` });
}

export interface Uploaded {
  uploadId: string;
  size: number;
}

/** Sends a file the person picked; `onProgress` hears the share sent so far (0–1). */
export function uploadFile(file: Blob, onProgress?: (fraction: number) => void): Promise<Uploaded> {
  const { base, headers } = server();
  // XMLHttpRequest rather than fetch: only it reports how much of a large body has gone.
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${base}/files/upload`);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status !== 200) return reject(errorFrom(xhr.status, xhr.responseText));
      try {
        const body = JSON.parse(xhr.responseText) as { ok: boolean; value?: Uploaded; error?: AppError };
        if (body.ok && body.value) resolve(body.value);
        else reject(body.error ? new ApiError(body.error) : errorFrom(xhr.status, xhr.responseText));
      } catch {
        reject(errorFrom(xhr.status, xhr.responseText));
      }
    };
    xhr.onerror = () => reject(new ApiError(notRunning));
    xhr.send(file);
  });
}

/** The file name the server gave (`attachment; filename="…"`). */
export function attachmentName(disposition: string | null, fallback: string): string {
  return /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? fallback;
}

/** Downloads a backup (a fresh one of all the data when `id` is left out); answers the file's name. */
export async function downloadBackup(id?: string): Promise<string> {
  const { base, headers } = server();
  let response: Response;
  try {
    response = await fetch(`${base}/files/backup`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(id ? { id } : {}),
    });
  } catch {
    throw new ApiError(notRunning);
  }
  if (!response.ok) throw errorFrom(response.status, await response.text());
  const fileName = attachmentName(response.headers.get('content-disposition'), id ?? 'clair-desk.sqlite');
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has taken the URL by the next task; keeping it longer would only hold the bytes.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
  return fileName;
}
