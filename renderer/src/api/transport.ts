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
/** The token from another open tab of this browser, or null when none answers. */
type AskOpenTabs = () => Promise<string | null>;

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
 * tab's sessionStorage (a reload keeps working). Without a code: the token this tab already holds,
 * else one from a CLAIR Desk tab open in this same browser (a link opened in a new tab). A used code
 * stays refused, wherever it is opened. The token never enters an address.
 */
export async function browserSession(
  location: Location,
  storage: Storage,
  history: History,
  exchange: Exchange,
  askOpenTabs: AskOpenTabs = async () => null,
): Promise<Session> {
  const code = takeLaunchCode(location, history);
  if (code === null) {
    const token = storage.getItem(TOKEN_KEY) ?? (await askOpenTabs());
    if (!token) return { ok: false, reason: 'missing' };
    storage.setItem(TOKEN_KEY, token);
    return { ok: true, transport: httpTransport(token) };
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

// Tabs of one browser share the session over a BroadcastChannel, which reaches only pages of this
// same origin (this server's address) in this same browser profile: a link opened in a new tab works,
// while another browser, or a tab opened after every CLAIR Desk tab was closed, has no one to ask.
const SHARE_CHANNEL = 'clair-desk-session';
const ASK_WAIT_MS = 400;

/** Asks the CLAIR Desk tabs open in this browser for the session; null when none answers in time. */
export function askOpenTabs(waitMs = ASK_WAIT_MS): Promise<string | null> {
  if (typeof BroadcastChannel === 'undefined') return Promise.resolve(null);
  return new Promise((resolve) => {
    const channel = new BroadcastChannel(SHARE_CHANNEL);
    const done = (token: string | null) => {
      clearTimeout(timer);
      channel.close();
      resolve(token);
    };
    const timer = setTimeout(() => done(null), waitMs);
    channel.onmessage = (event: MessageEvent) => {
      const answer = event.data as { type?: unknown; token?: unknown } | null;
      if (answer?.type === 'token' && typeof answer.token === 'string') done(answer.token);
    };
    channel.postMessage({ type: 'ask' });
  });
}

/** Answers other tabs' asks with this tab's token for as long as it is open; returns a stop. */
export function shareWithNewTabs(token: string): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(SHARE_CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    if ((event.data as { type?: unknown } | null)?.type === 'ask') channel.postMessage({ type: 'token', token });
  };
  return () => channel.close();
}

/** This window's way to the core: Electron's bridge, or the browser mode's session. */
export async function openSession(): Promise<Session> {
  if (window.clairDesk) return { ok: true, transport: ipcTransport(window.clairDesk) };
  const session = await browserSession(
    window.location,
    window.sessionStorage,
    window.history,
    exchangeOverHttp(),
    askOpenTabs,
  );
  const token = window.sessionStorage.getItem(TOKEN_KEY);
  if (session.ok && token) shareWithNewTabs(token);
  return session;
}
