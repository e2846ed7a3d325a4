// The one security baseline of the Electron shell. Only type imports from 'electron': the objects
// are handed in, so the rules are plain functions a Node test can exercise with fakes.
import type { Session, WebContents, WebPreferences } from 'electron';

/**
 * What the renderer may do: nothing beyond a web page. The `remote` module, often listed here, no
 * longer exists (removed in Electron 14), so there is nothing to switch off for it.
 */
export const WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  enableWebSQL: false,
  // A file dropped on the window would otherwise replace the app with that file.
  navigateOnDragDrop: false,
  safeDialogs: true,
  // Chromium's spellchecker downloads dictionaries from Google on Windows and Linux: nothing remote.
  spellcheck: false,
} as const satisfies WebPreferences;

/**
 * Is `url` the app itself? Built app: the one file:// page (any query or hash). Development
 * (ELECTRON_RENDERER_URL): the dev server's origin.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  let target: URL;
  let app: URL;
  try {
    target = new URL(url);
    app = new URL(appUrl);
  } catch {
    return false;
  }
  if (app.protocol === 'file:') {
    return target.protocol === 'file:' && target.host === app.host && target.pathname === app.pathname;
  }
  return target.origin === app.origin;
}

/** Windows, navigation, redirects and <webview> all stay within the app's own page. */
export function hardenWebContents(contents: WebContents, appUrl: string): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const stayHome = (event: { url: string; preventDefault(): void }) => {
    if (!isAppUrl(event.url, appUrl)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-frame-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

const REMOTE_URLS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];

/**
 * Permissions: always no. Built app: a strict CSP header on every file:// response and no network
 * requests at all. In development the dev server needs inline scripts and a websocket for hot
 * reload, so neither rule applies to it (the built app is what people run).
 */
export function hardenSession(session: Session, options: { appUrl: string; csp: string }): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  if (!options.appUrl.startsWith('file:')) return;
  session.webRequest.onHeadersReceived({ urls: ['file:///*'] }, (details, callback) => {
    callback({ responseHeaders: withCsp(details.responseHeaders, options.csp) });
  });
  session.webRequest.onBeforeRequest({ urls: REMOTE_URLS }, (_details, callback) => callback({ cancel: true }));
}

/** Response headers with our CSP replacing any other (header names are case-insensitive). */
export function withCsp(headers: Record<string, string[]> | undefined, csp: string): Record<string, string[]> {
  const kept = Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy');
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [csp] };
}
