// The app's one window: the security baseline's webPreferences, the sandboxed preload, and the
// built renderer on clair-desk://app (or electron-vite's dev server in development).
import path from 'node:path';
import { BrowserWindow, dialog } from 'electron';
import { APP_PAGE_URL } from './scheme';
import { WEB_PREFERENCES } from './security';

/** out/ as built by electron-vite; this file is bundled into out/main/index.js. */
const OUT_DIR = path.join(import.meta.dirname, '..');

export interface AppPage {
  /** What the window loads and isAppUrl compares against. */
  url: string;
  /** Set for the built renderer: the folder the clair-desk:// scheme serves. */
  root?: string;
}

export function appPage(isPackaged: boolean, env: NodeJS.ProcessEnv = process.env, outDir = OUT_DIR): AppPage {
  const devUrl = env.ELECTRON_RENDERER_URL;
  if (!isPackaged && devUrl) return { url: devUrl };
  return { url: APP_PAGE_URL, root: path.join(outDir, 'renderer') };
}

export type WindowLanguage = 'en' | 'ja';

/** The question asked when the window is closed while a form holds unsaved work (the renderer's beforeunload). */
export const UNSAVED_QUESTION: Record<
  WindowLanguage,
  { message: string; detail: string; discard: string; keep: string }
> = {
  en: {
    message: 'Discard your changes?',
    detail: 'What you typed has not been saved. If you close the window now, it will be lost.',
    discard: 'Discard changes and close',
    keep: 'Keep editing',
  },
  ja: {
    message: '変更を破棄しますか？',
    detail: '入力した内容はまだ保存されていません。このままウィンドウを閉じると失われます。',
    discard: '変更を破棄して閉じる',
    keep: '編集を続ける',
  },
};

export function createMainWindow(
  page: AppPage,
  isPackaged: boolean,
  language: () => WindowLanguage = () => 'en',
): BrowserWindow {
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
  // The renderer's beforeunload holds a close (or reload) while a form has unsaved work; Electron then
  // closes nothing and asks nobody, so the question is asked here. Keeping is the default.
  win.webContents.on('will-prevent-unload', (event) => {
    const words = UNSAVED_QUESTION[language()];
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      buttons: [words.discard, words.keep],
      defaultId: 1,
      cancelId: 1,
      title: 'CLAIR Desk',
      message: words.message,
      detail: words.detail,
    });
    if (choice === 0) event.preventDefault();
  });
  win
    .loadURL(page.url)
    .catch((error: unknown) => console.error(`CLAIR Desk could not load its page (${page.url}): ${String(error)}`));
  return win;
}
