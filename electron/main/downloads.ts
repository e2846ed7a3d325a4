// Downloads in the desktop app: the renderer saves exports (CSV, Excel) and filled Word templates (.docx,
// .zip) as blob: URLs it made itself, which Chromium would otherwise hand to its own English save
// dialog. Only such downloads, started by the app's own page, go ahead, with the save dialog in the
// person's language, opening in Documents and offering the file's type; any other download (a link to
// the web, a page that is not ours) is cancelled. Electron objects are handed in (type imports only),
// so a Node test drives it with stand-ins.
import path from 'node:path';
import type { DownloadItem, Event, FileFilter, Session, WebContents } from 'electron';
import { isAppUrl } from './security';
import { type ShellLanguage, type WordKey, word } from './words';

export interface DownloadDeps {
  /** The page the app loads (file:// when built, the dev server's URL in development). */
  appUrl: string;
  /** Where the save dialog opens (the person's Documents folder). */
  documentsDir: () => string;
  language: () => ShellLanguage;
  log?: (message: string) => void;
}

/** The file types the app saves, by extension, named in the person's language. */
const TYPE_NAMES: Record<string, WordKey> = {
  csv: 'csvFiles',
  xlsx: 'excelFiles',
  pdf: 'pdfFiles',
  docx: 'wordFiles',
  zip: 'zipFiles',
  sqlite: 'databaseFiles',
};

/**
 * Is `url` a blob: or data: URL the app's own page made (not a link to anywhere else)? A blob URL
 * names the origin that made it: the app's scheme and host (clair-desk://app), or the dev server.
 */
export function isOwnDownloadUrl(url: string, appUrl: string): boolean {
  if (url.startsWith('data:')) return true;
  if (!url.startsWith('blob:')) return false;
  return isAppUrl(url.slice('blob:'.length), appUrl);
}

/** The save dialog's file types: the file's own type first, then all files. */
export function downloadFilters(fileName: string, language: ShellLanguage): FileFilter[] {
  const extension = path.extname(fileName).slice(1).toLowerCase();
  const all = { name: word(language, 'allFiles'), extensions: ['*'] };
  if (!extension) return [all];
  const key = TYPE_NAMES[extension];
  return [{ name: key ? word(language, key) : extension.toUpperCase(), extensions: [extension] }, all];
}

type Item = Pick<DownloadItem, 'getURL' | 'getFilename' | 'setSaveDialogOptions'>;

/** The session's `will-download` listener. */
export function handleWillDownload(
  deps: DownloadDeps,
  event: Pick<Event, 'preventDefault'>,
  item: Item,
  contents: Pick<WebContents, 'getURL'> | null | undefined,
): 'saved' | 'cancelled' {
  const url = item.getURL();
  const fromApp = contents ? isAppUrl(contents.getURL(), deps.appUrl) : false;
  if (!fromApp || !isOwnDownloadUrl(url, deps.appUrl)) {
    (deps.log ?? console.warn)(`Download refused: ${url.slice(0, 80)}`);
    event.preventDefault();
    return 'cancelled';
  }
  const language = deps.language();
  // Chromium has made the name safe already; the base name keeps it inside Documents all the same.
  const name = path.basename(item.getFilename()) || 'download';
  item.setSaveDialogOptions({
    title: word(language, 'downloadTitle'),
    defaultPath: path.join(deps.documentsDir(), name),
    filters: downloadFilters(name, language),
  });
  return 'saved';
}

/** Installs the handler on the window's session; returns a function that removes it. */
export function registerDownloads(session: Pick<Session, 'on' | 'off'>, deps: DownloadDeps): () => void {
  const listener = (event: Event, item: DownloadItem, contents: WebContents) => {
    handleWillDownload(deps, event, item, contents);
  };
  session.on('will-download', listener);
  return () => session.off('will-download', listener);
}
