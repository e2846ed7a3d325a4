import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { hardenSession, hardenWebContents, isAppUrl, refuseFile, WEB_PREFERENCES } from './security';

const APP = 'clair-desk://app/index.html';
const FILE_APP = 'file:///opt/clair/out/renderer/index.html';

describe('WEB_PREFERENCES', () => {
  it('keeps the renderer a sandboxed, isolated web page', () => {
    expect(WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    });
    expect(WEB_PREFERENCES).not.toHaveProperty('preload');
  });
});

describe('isAppUrl', () => {
  it("accepts any path, query or hash on clair-desk://app, whatever the host's case", () => {
    for (const url of [
      APP,
      `${APP}#/trainees/3`,
      `${APP}?x=1`,
      'clair-desk://app/',
      'clair-desk://app',
      'clair-desk://app/assets/index-abc.js',
      'clair-desk://APP/index.html#/reports/print?x=%20',
    ]) {
      expect(isAppUrl(url, APP), url).toBe(true);
    }
  });

  it('refuses other hosts, ports, schemes, user info tricks and garbage', () => {
    for (const url of [
      'clair-desk://other/index.html',
      'clair-desk://app.evil/index.html',
      'clair-desk://evil.app/index.html',
      'clair-desk://app:8080/index.html',
      'clair-desk://app@evil/index.html',
      'clair-desk://evil@app/index.html',
      'clair-desk://app:pw@app/index.html',
      'clair-desk:app/index.html',
      'clair-desk:///app/index.html',
      'clair-desktop://app/index.html',
      'file:///etc/passwd',
      FILE_APP,
      'file://app/index.html',
      'http://app/index.html',
      'https://example.com/',
      'https://app/',
      'javascript:alert(1)',
      'data:text/html,hi',
      'not a url',
      '',
    ]) {
      expect(isAppUrl(url, APP), url).toBe(false);
    }
  });

  it('a file:// page (the old way) is no longer the app, not even itself', () => {
    expect(isAppUrl(FILE_APP, FILE_APP)).toBe(false);
  });

  it('in development accepts the dev server origin only', () => {
    const dev = 'http://localhost:5173/';
    expect(isAppUrl('http://localhost:5173/#/x', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5173/src/main.tsx?t=1', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('http://user@localhost:5173/', dev)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false);
    expect(isAppUrl(APP, dev)).toBe(false);
  });
});

function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  });
  const fire = (name: string, url: string) => {
    let prevented = false;
    emitter.emit(name, { url, preventDefault: () => (prevented = true) });
    return prevented;
  };
  return { contents: contents as unknown as WebContents, fire, open: (url: string) => openHandler?.({ url }) };
}

describe('hardenWebContents', () => {
  it('denies new windows, foreign navigation and redirects, and every <webview>', () => {
    const { contents, fire, open } = fakeContents();
    hardenWebContents(contents, APP);
    expect(open('https://example.com')).toEqual({ action: 'deny' });
    expect(open(APP)).toEqual({ action: 'deny' });
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(fire(event, 'https://example.com/')).toBe(true);
      expect(fire(event, 'file:///etc/passwd')).toBe(true);
      expect(fire(event, `${APP}#/home`)).toBe(false);
    }
    expect(fire('will-attach-webview', APP)).toBe(true);
  });
});

function fakeSession() {
  const calls: Record<string, unknown[]> = {};
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      calls[name] = args;
    };
  const session = {
    setPermissionRequestHandler: record('request'),
    setPermissionCheckHandler: record('check'),
    setDevicePermissionHandler: record('device'),
    webRequest: { onHeadersReceived: record('headers'), onBeforeRequest: record('before') },
    protocol: { handle: record('protocol') },
  };
  return { session: session as unknown as Session, calls };
}

describe('hardenSession', () => {
  it('says no to every permission', () => {
    const { session, calls } = fakeSession();
    hardenSession(session, { appUrl: APP });
    const answers: boolean[] = [];
    ((calls.request as unknown[])[0] as (...a: unknown[]) => void)(
      null,
      'media',
      (granted: boolean) => answers.push(granted),
      {},
    );
    expect(answers).toEqual([false]);
    expect(((calls.check as unknown[])[0] as () => boolean)()).toBe(false);
    expect(((calls.device as unknown[])[0] as () => boolean)()).toBe(false);
  });

  it('cancels every network request and answers every file:// request with a bare 404', async () => {
    const { session, calls } = fakeSession();
    hardenSession(session, { appUrl: APP });
    const [remote, onBefore] = calls.before as [{ urls: string[] }, (d: unknown, cb: (r: unknown) => void) => void];
    expect(remote.urls).toEqual(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']);
    let cancelled: unknown;
    onBefore({ url: 'https://example.com' }, (r) => {
      cancelled = r;
    });
    expect(cancelled).toEqual({ cancel: true });
    const [scheme, handler] = calls.protocol as [string, (request: Request) => Response];
    expect(scheme).toBe('file');
    expect(handler).toBe(refuseFile);
    const reply = refuseFile();
    expect([reply.status, await reply.text()]).toEqual([404, '']);
    // The CSP is the scheme's own header now (scheme.test.ts), not injected here.
    expect(calls.headers).toBeUndefined();
  });

  it('leaves the dev server alone (hot reload needs a websocket)', () => {
    const { session, calls } = fakeSession();
    hardenSession(session, { appUrl: 'http://localhost:5173/' });
    expect(calls.before).toBeUndefined();
    expect(calls.protocol).toBeUndefined();
    expect(calls.request).toBeDefined();
  });
});
