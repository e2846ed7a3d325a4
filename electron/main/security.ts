// The one security baseline of the Electron shell. Only type imports from 'electron': the objects
// are handed in, so the rules are plain functions a Node test can exercise with fakes.
import type { Session, WebContents, WebPreferences } from 'electron';
import { APP_SCHEME } from './scheme';

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
 * Is `url` the app itself? Built app: any page of clair-desk://app (any path, query or hash).
 * Development (ELECTRON_RENDERER_URL): the dev server's origin. Node's URL gives the origin 'null'
 * for a scheme it does not know, so ours is compared by protocol and host (Chromium lowercases a
 * standard scheme's host; Node keeps it as written); a URL with user info is never the app.
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
  if (target.username || target.password) return false;
  if (app.protocol === `${APP_SCHEME}:`) {
    return target.protocol === app.protocol && target.host.toLowerCase() === app.host.toLowerCase();
  }
  return app.origin !== 'null' && target.origin === app.origin;
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
 * Permissions: always no. Built app: no network requests at all, and no file:// either (the page
 * comes from clair-desk://, which sends the CSP header itself; nothing needs a file URL). In
 * development the dev server needs a websocket for hot reload, so neither rule applies to it (the
 * built app is what people run).
 */
export function hardenSession(session: Session, options: { appUrl: string }): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  if (!options.appUrl.startsWith(`${APP_SCHEME}:`)) return;
  session.webRequest.onBeforeRequest({ urls: REMOTE_URLS }, (_details, callback) => callback({ cancel: true }));
  // webRequest does not reliably see file:// (Electron issues #23480, #45903); intercepting the
  // scheme on the session does.
  session.protocol.handle('file', refuseFile);
}

/** Every file:// request on the app's session: a bare 404. */
export function refuseFile(): Response {
  return new Response(null, { status: 404 });
}
