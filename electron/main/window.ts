// The app's one window: the security baseline's webPreferences, the sandboxed preload, and the
// built renderer (or electron-vite's dev server in development).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow } from 'electron';
import { WEB_PREFERENCES } from './security';

/** out/ as built by electron-vite; this file is bundled into out/main/index.js. */
const OUT_DIR = path.join(import.meta.dirname, '..');

export interface AppPage {
  /** What isAppUrl compares against. */
  url: string;
  /** Set for the built renderer (loaded with loadFile). */
  file?: string;
}

export function appPage(isPackaged: boolean, env: NodeJS.ProcessEnv = process.env, outDir = OUT_DIR): AppPage {
  const devUrl = env.ELECTRON_RENDERER_URL;
  if (!isPackaged && devUrl) return { url: devUrl };
  const file = path.join(outDir, 'renderer', 'index.html');
  return { url: pathToFileURL(file).href, file };
}

export function createMainWindow(page: AppPage, isPackaged: boolean): BrowserWindow {
  const win = new BrowserWindow({
    title: 'CLAIR Desk',
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      ...WEB_PREFERENCES,
      preload: path.join(OUT_DIR, 'preload', 'index.cjs'),
      devTools: !isPackaged,
    },
  });
  // Shown once painted, so the window never flashes empty.
  win.once('ready-to-show', () => win.show());
  win.webContents.on('render-process-gone', (_event, details) => {
    console.error(
      `CLAIR Desk's window stopped unexpectedly (${details.reason}); use View › Reload or restart the app.`,
    );
  });
  const loading = page.file ? win.loadFile(page.file) : win.loadURL(page.url);
  loading.catch((error: unknown) =>
    console.error(`CLAIR Desk could not load its page (${page.url}): ${String(error)}`),
  );
  return win;
}
