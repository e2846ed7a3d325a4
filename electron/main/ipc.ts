// The one IPC wrapper: a single channel, the sender checked, then the core's dispatch (which parses
// input and output with the contract). Every answer is a Result; nothing is thrown across.
// Electron objects are handed in (type imports only) so a Node test can drive it with fakes.
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { ShellChannel } from '../../shared/contract';
import type { Result } from '../../shared/result';
import type { AsyncDispatch } from '../core';
import { INVOKE_CHANNEL } from '../preload/channel';
import type { ShellHandler } from './print';
import { isAppUrl } from './security';
import { type ShellLanguage, word } from './words';

export interface IpcOptions {
  dispatch: AsyncDispatch;
  /** The app's window, or null while there is none. */
  window: () => BrowserWindow | null;
  /** `BrowserWindow.fromWebContents`. */
  fromWebContents: (contents: WebContents) => BrowserWindow | null;
  /** The page the app loads (clair-desk://app when built, the dev server's URL in development). */
  appUrl: string;
  /**
   * Channels the shell answers itself before the core (printing needs the sender's web contents), each
   * for the page that sent it and after the same sender checks.
   */
  shell?: Partial<Record<ShellChannel, ShellHandler>>;
  /** The person's language, for the refusals said here (the saved setting, else the system's). */
  language: () => ShellLanguage;
  /** Told about each call that succeeded, e.g. to rebuild the menu after a language change. */
  onSuccess?: (channel: string) => void;
  log?: (error: unknown) => void;
}

/** Why this sender may not call the core, or null when it may. */
export function senderProblem(event: IpcMainInvokeEvent, options: IpcOptions): string | null {
  const ours = options.window();
  if (!ours || ours.isDestroyed() || options.fromWebContents(event.sender) !== ours) return 'not the app window';
  const frame = event.senderFrame;
  // Only the top-level page: a subframe (none should exist, the CSP forbids them) gets nothing.
  if (!frame || frame.parent !== null) return 'not the main frame';
  if (!isAppUrl(frame.url, options.appUrl)) return 'not the app page';
  return null;
}

export function createInvokeHandler(options: IpcOptions) {
  const log = options.log ?? console.error;
  const say = (key: Parameters<typeof word>[1]) => word(options.language(), key);
  return async (event: IpcMainInvokeEvent, channel: unknown, input: unknown): Promise<Result<unknown>> => {
    const problem = senderProblem(event, options);
    if (problem) {
      log(`IPC call refused (${problem}): ${String(channel).slice(0, 80)}`);
      return { ok: false, error: { code: 'forbidden', message: say('notAppPage') } };
    }
    if (typeof channel !== 'string') {
      return { ok: false, error: { code: 'unknown_channel', message: say('channelNotText') } };
    }
    const own =
      options.shell && Object.hasOwn(options.shell, channel) ? options.shell[channel as ShellChannel] : undefined;
    if (own) {
      return own(event.sender, input).catch((error: unknown) => {
        log(error);
        return { ok: false, error: { code: 'internal', message: say('shellFailed') } };
      });
    }
    let result: Result<unknown>;
    try {
      result = await options.dispatch(channel, input);
    } catch (error) {
      // dispatch catches its own errors; this is the last guard so no exception crosses IPC.
      log(error);
      return {
        ok: false,
        error: { code: 'internal', message: say('coreFailed') },
      };
    }
    if (result.ok && options.onSuccess) {
      // The change is saved whatever happens here, so a failing follow-up must not turn it into an error.
      try {
        options.onSuccess(channel);
      } catch (error) {
        log(error);
      }
    }
    return result;
  };
}

/** Installs the handler; returns a function that removes it. */
export function registerIpc(ipcMain: IpcMain, options: IpcOptions): () => void {
  ipcMain.handle(INVOKE_CHANNEL, createInvokeHandler(options));
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}
