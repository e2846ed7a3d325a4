// The application menu as data: labels in, template out. Pure (type imports only) so it is tested
// under Node; index.ts hands the template to Menu.buildFromTemplate.
import type { MenuItemConstructorOptions } from 'electron';

export type MenuLanguage = 'en' | 'ja';

export interface MenuLabels {
  file: string;
  referenceData: string;
  quit: string;
  close: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  reload: string;
  resetZoom: string;
  zoomIn: string;
  zoomOut: string;
  fullScreen: string;
  devTools: string;
  help: string;
  about: string;
}

// "&" marks the Alt-key letter on Windows and Linux; Japanese menus show it in brackets by convention.
export const MENU_LABELS: Record<MenuLanguage, MenuLabels> = {
  en: {
    file: '&File',
    referenceData: "Load CLAIR's reference data…",
    quit: 'Quit CLAIR Desk',
    close: 'Close Window',
    edit: '&Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: '&View',
    reload: 'Reload',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Toggle Full Screen',
    devTools: 'Developer Tools',
    help: '&Help',
    about: 'About CLAIR Desk',
  },
  ja: {
    file: 'ファイル(&F)',
    referenceData: 'CLAIR の参照データを読み込む…',
    quit: 'CLAIR Desk を終了',
    close: 'ウィンドウを閉じる',
    edit: '編集(&E)',
    undo: '元に戻す',
    redo: 'やり直す',
    cut: '切り取り',
    copy: 'コピー',
    paste: '貼り付け',
    selectAll: 'すべて選択',
    view: '表示(&V)',
    reload: '再読み込み',
    resetZoom: '実際のサイズ',
    zoomIn: '拡大',
    zoomOut: '縮小',
    fullScreen: '全画面表示の切り替え',
    devTools: '開発者ツール',
    help: 'ヘルプ(&H)',
    about: 'CLAIR Desk について',
  },
};

/** The saved language wins; before one is saved, follow the system's locale. */
export function menuLanguage(saved: string | null | undefined, systemLocale: string): MenuLanguage {
  if (saved === 'en' || saved === 'ja') return saved;
  return systemLocale.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

export interface MenuOptions {
  labels: MenuLabels;
  /** Developer tools only in development. */
  isPackaged: boolean;
  platform: NodeJS.Platform;
  onAbout: () => void;
  /** Opens the reference-data import screen (#/reference-data) in the window. */
  onReferenceData: () => void;
}

/** The renderer's route for the reference-data import (hash routing). */
export const REFERENCE_DATA_ROUTE = '/reference-data';

/** The script that moves the renderer to a route: a hash change, so no reload and no navigation event. */
export function routeScript(route: string): string {
  return `window.location.hash = ${JSON.stringify(`#${route}`)};`;
}

export function buildMenuTemplate({
  labels,
  isPackaged,
  platform,
  onAbout,
  onReferenceData,
}: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: labels.reload },
    { type: 'separator' },
    { role: 'resetZoom', label: labels.resetZoom },
    { role: 'zoomIn', label: labels.zoomIn },
    { role: 'zoomOut', label: labels.zoomOut },
    { type: 'separator' },
    { role: 'togglefullscreen', label: labels.fullScreen },
  ];
  if (!isPackaged) view.push({ type: 'separator' }, { role: 'toggleDevTools', label: labels.devTools });
  return [
    // macOS puts Quit (and About) in the application menu named after the app.
    ...(mac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: labels.file,
      submenu: [
        { id: 'reference-data', label: labels.referenceData, click: () => onReferenceData() },
        { type: 'separator' },
        mac ? { role: 'close', label: labels.close } : { role: 'quit', label: labels.quit },
      ],
    },
    {
      label: labels.edit,
      submenu: [
        { role: 'undo', label: labels.undo },
        { role: 'redo', label: labels.redo },
        { type: 'separator' },
        { role: 'cut', label: labels.cut },
        { role: 'copy', label: labels.copy },
        { role: 'paste', label: labels.paste },
        { role: 'selectAll', label: labels.selectAll },
      ],
    },
    { label: labels.view, submenu: view },
    { label: labels.help, role: 'help', submenu: [{ label: labels.about, click: () => onAbout() }] },
  ];
}

/** The About box's text. */
export function aboutText(language: MenuLanguage, version: string): { title: string; message: string; detail: string } {
  return language === 'ja'
    ? {
        title: MENU_LABELS.ja.about,
        message: `CLAIR Desk ${version}`,
        detail: 'CLAIR シンガポール事務所の研修・派遣事業を管理するアプリです。',
      }
    : {
        title: MENU_LABELS.en.about,
        message: `CLAIR Desk ${version}`,
        detail: 'Programme management for CLAIR Singapore: LGOTP trainees and the Specialist Dispatch Project.',
      };
}
