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
const LAUNCH_PARAM = 'launch';

/** How the page may reach the core, or why it may not: the address was used, or carries no code. */
export type Session =
  | { ok: true; transport: Transport }
  | { ok: false; reason: 'used' | 'missing' }
  | { ok: false; reason: 'unreachable'; message: string };

type Exchange = (code: string) => Promise<{ token: string } | 'refused' | 'unreachable'>;

const NOT_RUNNING = 'CLAIR Desk is not running. Start it again and reload this page.';

/** The address's one-time launch code, taken out of the address bar at once (history keeps no live code). */
export function takeLaunchCode(location: Location, history: History): string | null {
  const params = new URLSearchParams(location.search);
  const code = params.get(LAUNCH_PARAM);
  if (code === null) return null;
  params.delete(LAUNCH_PARAM);
  const rest = params.toString();
  history.replaceState(null, '', `${location.pathname}${rest ? `?${rest}` : ''}${location.hash}`);
  return code;
}

/** POST /launch/exchange: the session token for a fresh code; a used or unknown code is refused. */
export function exchangeOverHttp(base = ''): Exchange {
  return async (code) => {
    let response: Response;
    try {
      response = await fetch(`${base}/launch/exchange`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code }),
      });
    } catch {
      return 'unreachable';
    }
    const answer = (await response.json().catch(() => null)) as Result<{ token?: unknown }> | null;
    return answer?.ok && typeof answer.value.token === 'string' ? { token: answer.value.token } : 'refused';
  };
}

/**
 * Browser mode: a launch code in the address is traded for the token, kept in memory and in this
 * tab's sessionStorage (a reload keeps working); without a code, the token this tab already holds.
 * The token never enters an address.
 */
export async function browserSession(
  location: Location,
  storage: Storage,
  history: History,
  exchange: Exchange,
): Promise<Session> {
  const code = takeLaunchCode(location, history);
  if (code === null) {
    const token = storage.getItem(TOKEN_KEY);
    return token ? { ok: true, transport: httpTransport(token) } : { ok: false, reason: 'missing' };
  }
  const answer = await exchange(code);
  if (answer === 'unreachable') return { ok: false, reason: 'unreachable', message: NOT_RUNNING };
  if (answer === 'refused') return { ok: false, reason: 'used' };
  storage.setItem(TOKEN_KEY, answer.token);
  return { ok: true, transport: httpTransport(answer.token) };
}

export function httpTransport(token: string, base = ''): Transport {
  return {
    kind: 'http',
    http: { base, headers: { authorization: `Bearer ${token}` } },
    async call(channel, input) {
      let response: Response;
      try {
        response = await fetch(`${base}/api/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return {
          ok: false,
          error: { code: 'internal', message: NOT_RUNNING },
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

/** This window's way to the core: Electron's bridge, or the browser mode's session. */
export async function openSession(): Promise<Session> {
  if (window.clairDesk) return { ok: true, transport: ipcTransport(window.clairDesk) };
  return browserSession(window.location, window.sessionStorage, window.history, exchangeOverHttp());
}
