// The Electron main process: lifecycle only. The core does the work; security.ts, scheme.ts, ipc.ts,
// menu.ts, native.ts, folders.ts and window.ts each hold one concern of the shell.
import fs from 'node:fs';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import type { ShellChannel } from '../../shared/contract';
import { AppFailure } from '../../shared/result';
import type { Settings } from '../../shared/settings/schema';
import { type AppSession, StartupRefusal, securityHeaders, startApp } from '../core';
import { dialogHandlers } from './dialogs';
import { registerDownloads } from './downloads';
import { type ShellFolders, shellFolders } from './folders';
import { registerIpc } from './ipc';
import {
  aboutText,
  buildMenuTemplate,
  MENU_LABELS,
  type MenuLanguage,
  menuLanguage,
  REFERENCE_DATA_ROUTE,
  routeScript,
} from './menu';
import { driverProblemMessage, findNativeBinding, isDriverLoadError } from './native';
import { printHandlers, type ShellHandler } from './print';
import { APP_SCHEME_PRIVILEGES, appSchemeHandler, registerAppScheme } from './scheme';
import { hardenSession, hardenWebContents } from './security';
import { appPage, createMainWindow } from './window';
import { word } from './words';

declare const __APP_VERSION__: string;

const page = appPage(app.isPackaged);
// The built renderer's scheme must be known before `ready` (standard, secure: see scheme.ts).
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
// The data folder's lock, then the core (or recovery mode when the database is damaged).
let desk: AppSession | null = null;
let win: BrowserWindow | null = null;

// The database in the data folder the browser mode uses too; Chromium's profile (and with it the
// single-instance lock) in a folder of its own, never inside it (folders.ts).
const folders = chooseFolders();
if (folders) app.setPath('userData', folders.profileDir);

if (!folders) {
  // fail() has said why and ends the app.
} else if (!app.requestSingleInstanceLock()) {
  console.error('CLAIR Desk is already running, so this second copy closes and the open window comes to the front.');
  app.quit();
} else {
  // A second start (from the menu, a shortcut) brings this window to the front instead.
  app.on('second-instance', () => {
    if (!win) {
      if (desk) openWindow();
      return;
    }
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, page.url));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (desk && BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  // The quit backup takes a moment: quitting waits for it (core.shutdown), then goes on.
  app.on('will-quit', (event) => {
    const closing = desk;
    if (!closing) return;
    desk = null;
    event.preventDefault();
    void closing
      .shutdown()
      .catch((error: unknown) => {
        console.error(error);
        closing.close();
      })
      .finally(() => app.quit());
  });
  app
    .whenReady()
    .then(() => start(folders.dataDir))
    .catch(fail);
}

function chooseFolders(): ShellFolders | null {
  try {
    return shellFolders(app.getPath('appData'));
  } catch (error) {
    fail(error);
    return null;
  }
}

function start(dataDir: string): void {
  const where = { isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() };
  const nativeBinding = findNativeBinding(where);
  try {
    desk = startApp({ dataDir, mode: 'electron', version: __APP_VERSION__, nativeBinding });
  } catch (error) {
    // AppFailure: the core's own words (another copy has the folder, a database from a newer
    // version left untouched, a read-only folder), in the person's language where we have both.
    const reason =
      error instanceof StartupRefusal
        ? error.in(menuLanguage(null, app.getLocale()))
        : error instanceof Error
          ? error.message
          : String(error);
    if (error instanceof AppFailure) fail(`${reason}\n\n${word(currentLanguage(), 'dataFolder')} ${dataDir}`);
    else fail(isDriverLoadError(error) ? driverProblemMessage(where, nativeBinding, reason) : reason);
    return;
  }
  if (page.root) {
    const handler = appSchemeHandler({ root: page.root, headers: securityHeaders(true) });
    registerAppScheme(session.defaultSession.protocol, handler);
  }
  hardenSession(session.defaultSession, { appUrl: page.url });
  // Exports the page saves get the save dialog in the person's language; other downloads are cancelled.
  registerDownloads(session.defaultSession, {
    appUrl: page.url,
    documentsDir: () => app.getPath('documents'),
    language: currentLanguage,
  });
  registerIpc(ipcMain, {
    dispatch: desk.dispatchAsync,
    window: () => win,
    fromWebContents: (contents) => BrowserWindow.fromWebContents(contents),
    appUrl: page.url,
    language: currentLanguage,
    shell: {
      ...printHandlers({
        dialog,
        fromWebContents: (contents) => BrowserWindow.fromWebContents(contents),
        writeFile: (file, data) => fs.promises.writeFile(file, data),
        documentsDir: () => app.getPath('documents'),
        language: currentLanguage,
      }),
      ...dialogHandlers({
        dialog,
        fromWebContents: (contents) => BrowserWindow.fromWebContents(contents),
        documentsDir: () => app.getPath('documents'),
        register: desk.handles.register,
        language: currentLanguage,
      }),
    } satisfies Record<ShellChannel, ShellHandler>,
    onSuccess: (channel) => {
      if (channel === 'settings.update') installMenu();
    },
  });
  // Recovery mode ends with a restored database: the menu follows its saved language.
  desk.onRecovered(() => installMenu());
  installMenu();
  openWindow();
}

function openWindow(): void {
  win = createMainWindow(page, app.isPackaged, currentLanguage);
  win.on('closed', () => {
    win = null;
  });
}

function currentLanguage(): MenuLanguage {
  const settings = desk?.core?.dispatch('settings.get', {});
  const saved = settings?.ok ? (settings.value as Settings).language : null;
  return menuLanguage(saved, app.getLocale());
}

function installMenu(): void {
  const language = currentLanguage();
  const template = buildMenuTemplate({
    labels: MENU_LABELS[language],
    isPackaged: app.isPackaged,
    platform: process.platform,
    onAbout: () => {
      const { title, message, detail } = aboutText(language, __APP_VERSION__);
      const options = { type: 'info' as const, title, message, detail, buttons: [word(language, 'ok')] };
      void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
    },
    onReferenceData: () => showRoute(REFERENCE_DATA_ROUTE),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** Brings the window up on one of the renderer's routes (opening it again if it was closed). */
function showRoute(route: string): void {
  if (!win && desk) openWindow();
  const target = win;
  if (!target) return;
  if (target.isMinimized()) target.restore();
  target.focus();
  const go = () => void target.webContents.executeJavaScript(routeScript(route)).catch(console.error);
  if (target.webContents.isLoading()) target.webContents.once('did-finish-load', go);
  else go();
}

/** Says why in a dialog (and on stderr), then quits with a failure code. */
function fail(problem: unknown): void {
  const message = problem instanceof Error ? problem.message : String(problem);
  console.error(`CLAIR Desk could not start: ${message}`);
  let language: MenuLanguage = 'en';
  try {
    language = currentLanguage();
  } catch {
    // The failure may be the database itself: the title stays English.
  }
  dialog.showErrorBox(word(language, 'startFailedTitle'), message);
  desk?.close();
  desk = null;
  app.exit(1);
}
