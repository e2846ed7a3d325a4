import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { CSP } from '../core';
import { hardenSession, hardenWebContents, isAppUrl, WEB_PREFERENCES, withCsp } from './security';

const APP = 'file:///opt/clair/out/renderer/index.html';

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
  it('accepts the app page with any query or hash', () => {
    expect(isAppUrl(APP, APP)).toBe(true);
    expect(isAppUrl(`${APP}#/trainees/3`, APP)).toBe(true);
    expect(isAppUrl(`${APP}?x=1`, APP)).toBe(true);
  });
  it('refuses other files, other hosts, remote pages and garbage', () => {
    expect(isAppUrl('file:///etc/passwd', APP)).toBe(false);
    expect(isAppUrl('file:///opt/clair/out/renderer/other.html', APP)).toBe(false);
    expect(isAppUrl('file://evil/opt/clair/out/renderer/index.html', APP)).toBe(false);
    expect(isAppUrl('https://example.com/', APP)).toBe(false);
    expect(isAppUrl('not a url', APP)).toBe(false);
    expect(isAppUrl('', APP)).toBe(false);
  });
  it('in development accepts the dev server origin only', () => {
    const dev = 'http://localhost:5173/';
    expect(isAppUrl('http://localhost:5173/#/x', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
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
  };
  return { session: session as unknown as Session, calls };
}

describe('hardenSession', () => {
  it('says no to every permission', () => {
    const { session, calls } = fakeSession();
    hardenSession(session, { appUrl: APP, csp: CSP });
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

  it('puts the strict CSP on file:// responses and cancels every network request', () => {
    const { session, calls } = fakeSession();
    hardenSession(session, { appUrl: APP, csp: CSP });
    const [filter, onHeaders] = calls.headers as [{ urls: string[] }, (d: unknown, cb: (r: unknown) => void) => void];
    expect(filter.urls).toEqual(['file:///*']);
    let response: { responseHeaders?: Record<string, string[]> } = {};
    onHeaders({ responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Other': ['1'] } }, (r) => {
      response = r as typeof response;
    });
    expect(response.responseHeaders).toEqual({ 'Content-Security-Policy': [CSP], 'X-Other': ['1'] });
    expect(CSP).toContain("default-src 'none'");
    expect(CSP).not.toMatch(/https?:/);
    const [remote, onBefore] = calls.before as [{ urls: string[] }, (d: unknown, cb: (r: unknown) => void) => void];
    expect(remote.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*']));
    let cancelled: unknown;
    onBefore({ url: 'https://example.com' }, (r) => {
      cancelled = r;
    });
    expect(cancelled).toEqual({ cancel: true });
  });

  it('leaves the dev server alone (hot reload needs inline scripts and a websocket)', () => {
    const { session, calls } = fakeSession();
    hardenSession(session, { appUrl: 'http://localhost:5173/', csp: CSP });
    expect(calls.headers).toBeUndefined();
    expect(calls.before).toBeUndefined();
    expect(calls.request).toBeDefined();
  });

  it('withCsp replaces any CSP header whatever its case', () => {
    expect(withCsp(undefined, 'x')).toEqual({ 'Content-Security-Policy': ['x'] });
    expect(withCsp({ 'Content-Security-Policy': ['y'] }, 'x')).toEqual({ 'Content-Security-Policy': ['x'] });
  });
});
