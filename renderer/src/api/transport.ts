// Two ways to reach the core, one interface: Electron's preload bridge (IPC) or the browser
// mode's HTTP API. Both answer with the contract's `{ ok, value | error }`.
import type { DeskBridge } from '../../../shared/contract';
import type { Result } from '../../../shared/result';

export interface Transport {
  readonly kind: 'ipc' | 'http';
  call(channel: string, input: unknown): Promise<Result<unknown>>;
  /** Browser mode: the server's address and the headers that authorise a request (file transfer, files.ts). */
  readonly http?: { base: string; headers: Record<string, string> };
}

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    clairDesk?: DeskBridge;
  }
}

export function ipcTransport(bridge: DeskBridge): Transport {
  return {
    kind: 'ipc',
    call: (channel, input) => bridge.invoke(channel, input) as Promise<Result<unknown>>,
  };
}

const TOKEN_KEY = 'clair-desk-token';

/** The browser mode's address carries ?token=…; keep it for this tab and take it out of the address bar. */
export function takeToken(location: Location, storage: Storage, history: History): string | null {
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const rest = params.toString();
    history.replaceState(null, '', `${location.pathname}${rest ? `?${rest}` : ''}${location.hash}`);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY);
}

export function httpTransport(token: string | null, base = ''): Transport {
  return {
    kind: 'http',
    http: { base, headers: { authorization: `Bearer ${token ?? ''}` } },
    async call(channel, input) {
      let response: Response;
      try {
        response = await fetch(`${base}/api/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token ?? ''}` },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return {
          ok: false,
          error: { code: 'internal', message: 'CLAIR Desk is not running. Start it again and reload this page.' },
        };
      }
      try {
        return (await response.json()) as Result<unknown>;
      } catch {
        return {
          ok: false,
          error: { code: 'internal', message: `Unexpected answer from CLAIR Desk (HTTP ${response.status}).` },
        };
      }
    },
  };
}

export function detectTransport(): Transport {
  if (window.clairDesk) return ipcTransport(window.clairDesk);
  return httpTransport(takeToken(window.location, window.sessionStorage, window.history));
}
