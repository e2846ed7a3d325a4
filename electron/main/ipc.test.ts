// The IPC wrapper with the real core behind it (a temp database) and fake Electron objects in front.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/result';
import { type Core, openCore } from '../core';
import { INVOKE_CHANNEL } from '../preload/channel';
import { createInvokeHandler, type IpcOptions, registerIpc } from './ipc';
import { SHELL_WORDS } from './words';

const APP = 'clair-desk://app/index.html';

let dir: string;
let core: Core;
const ourContents = { id: 1 } as unknown as WebContents;
const ourWindow = { isDestroyed: () => false, webContents: ourContents } as unknown as BrowserWindow;
const otherContents = { id: 2 } as unknown as WebContents;
const otherWindow = { isDestroyed: () => false } as unknown as BrowserWindow;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clair-desk-ipc-'));
  core = openCore({ dataDir: dir, mode: 'electron', version: '0.0.0-test' });
});
afterEach(() => {
  core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function options(extra: Partial<IpcOptions> = {}): IpcOptions {
  return {
    dispatch: core.dispatchAsync,
    window: () => ourWindow,
    fromWebContents: (contents) =>
      contents === ourContents ? ourWindow : contents === otherContents ? otherWindow : null,
    appUrl: APP,
    language: () => 'en',
    log: () => {},
    ...extra,
  };
}

function event(sender = ourContents, url = `${APP}#/trainees`, parent: unknown = null): IpcMainInvokeEvent {
  return { sender, senderFrame: { url, parent } } as unknown as IpcMainInvokeEvent;
}

describe('the IPC wrapper', () => {
  it('answers the app page through the core, in electron mode', async () => {
    const handle = createInvokeHandler(options());
    const info = (await handle(event(), 'settings.app.info', {})) as Result<{ mode: string; dataDir: string }>;
    expect(info).toMatchObject({ ok: true, value: { mode: 'electron', dataDir: dir } });
  });

  it('creates a trainee and reads it back', async () => {
    const handle = createInvokeHandler(options());
    const fields = (await handle(event(), 'reference.fields.list', {})) as Result<Array<{ id: number }>>;
    if (!fields.ok || !fields.value[0]) throw new Error('no fields seeded');
    const data = {
      fullName: 'Somchai Jaidee',
      gender: 'male',
      dateOfBirth: '1990-04-01',
      country: 'TH',
      homeGovernment: 'Chiang Mai Province',
      fieldId: fields.value[0].id,
      fiscalYear: 2026,
    };
    const created = (await handle(event(), 'trainees.create', { data })) as Result<{ trainee: { id: number } }>;
    if (!created.ok) throw new Error(created.error.message);
    const read = await handle(event(), 'trainees.get', { id: created.value.trainee.id });
    expect(read).toMatchObject({ ok: true, value: { fullName: 'Somchai Jaidee', country: 'TH' } });
  });

  it('returns the core’s validation errors as data', async () => {
    const handle = createInvokeHandler(options());
    const result = (await handle(event(), 'trainees.create', { data: {} })) as Result<unknown>;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid_input');
    expect(await handle(event(), 'no.such.channel', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_channel' },
    });
    expect(await handle(event(), 42, {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('refuses other windows, subframes, foreign pages, and calls with no window', async () => {
    const forbidden = { ok: false, error: { code: 'forbidden' } };
    const handle = createInvokeHandler(options());
    expect(await handle(event(otherContents), 'settings.app.info', {})).toMatchObject(forbidden);
    expect(await handle(event({ id: 3 } as unknown as WebContents), 'settings.app.info', {})).toMatchObject(forbidden);
    expect(await handle(event(ourContents, APP, { url: APP }), 'settings.app.info', {})).toMatchObject(forbidden);
    expect(await handle(event(ourContents, 'https://example.com/'), 'settings.app.info', {})).toMatchObject(forbidden);
    expect(await handle(event(ourContents, 'file:///tmp/evil.html'), 'settings.app.info', {})).toMatchObject(forbidden);
    const noFrame = { sender: ourContents, senderFrame: null } as unknown as IpcMainInvokeEvent;
    expect(await handle(noFrame, 'settings.app.info', {})).toMatchObject(forbidden);
    const closed = createInvokeHandler(options({ window: () => null }));
    expect(await closed(event(), 'settings.app.info', {})).toMatchObject(forbidden);
  });

  it('never throws: a throwing dispatch becomes an internal error', async () => {
    const handle = createInvokeHandler(
      options({
        dispatch: () => {
          throw new Error('boom');
        },
      }),
    );
    expect(await handle(event(), 'settings.app.info', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('tells onSuccess about successful calls only, and a failing onSuccess does not undo the answer', async () => {
    const seen: string[] = [];
    const handle = createInvokeHandler(options({ onSuccess: (channel) => seen.push(channel) }));
    await handle(event(), 'settings.update', { language: 'ja' });
    await handle(event(), 'settings.update', { language: 'xx' });
    expect(seen).toEqual(['settings.update']);
    const throwing = createInvokeHandler(
      options({
        onSuccess: () => {
          throw new Error('menu failed');
        },
      }),
    );
    expect(await throwing(event(), 'settings.get', {})).toMatchObject({ ok: true, value: { language: 'ja' } });
  });

  it('registers one handler on the one channel', async () => {
    const handled: string[] = [];
    const removed: string[] = [];
    const ipcMain = {
      handle: (channel: string) => handled.push(channel),
      removeHandler: (channel: string) => removed.push(channel),
    } as unknown as IpcMain;
    const unregister = registerIpc(ipcMain, options());
    unregister();
    expect(handled).toEqual([INVOKE_CHANNEL]);
    expect(removed).toEqual([INVOKE_CHANNEL]);
    expect(INVOKE_CHANNEL).toBe('clair-desk:invoke');
  });
});

describe('channels the shell answers itself (printing)', () => {
  const printed: WebContents[] = [];
  const shell = {
    'reports.print.dialog': async (contents: WebContents, input: unknown) => {
      printed.push(contents);
      return { ok: true as const, value: { done: true, path: null, input } };
    },
  };

  it('go to the shell with the sender’s web contents, never to the core', async () => {
    const seen: string[] = [];
    const handle = createInvokeHandler(
      options({
        shell,
        dispatch: (channel, input) => {
          seen.push(channel);
          return core.dispatchAsync(channel, input);
        },
      }),
    );
    printed.length = 0;
    const result = await handle(event(), 'reports.print.dialog', { fileName: 'x' });
    expect(result).toEqual({ ok: true, value: { done: true, path: null, input: { fileName: 'x' } } });
    expect(printed).toEqual([ourContents]);
    expect(seen).toEqual([]);
    // Without the shell (the core alone), printing is unsupported.
    expect(await handle(event(), 'reports.print.savePdf', { fileName: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
    expect(seen).toEqual(['reports.print.savePdf']);
  });

  it('are refused to other windows and pages like every call', async () => {
    const handle = createInvokeHandler(options({ shell }));
    printed.length = 0;
    expect(await handle(event(otherContents), 'reports.print.dialog', { fileName: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await handle(event(ourContents, 'https://example.com/'), 'reports.print.dialog', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(printed).toEqual([]);
  });

  it('a shell handler that throws becomes an internal error, not a rejection', async () => {
    const handle = createInvokeHandler(
      options({
        shell: {
          'reports.print.dialog': async () => {
            throw new Error('no printer');
          },
        },
      }),
    );
    await expect(handle(event(), 'reports.print.dialog', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });

  it('says its refusals and failures in the person’s language', async () => {
    const throwing = async () => {
      throw new Error('no printer');
    };
    const handle = createInvokeHandler(
      options({
        language: () => 'ja',
        dispatch: () => {
          throw new Error('boom');
        },
        shell: { 'reports.print.dialog': throwing },
      }),
    );
    const answers = [
      await handle(event(otherContents), 'settings.app.info', {}),
      await handle(event(), 42, {}),
      await handle(event(), 'reports.print.dialog', {}),
      await handle(event(), 'settings.app.info', {}),
    ];
    expect(answers.map((a) => (a.ok ? null : a.error.message))).toEqual([
      SHELL_WORDS.ja.notAppPage,
      SHELL_WORDS.ja.channelNotText,
      SHELL_WORDS.ja.shellFailed,
      SHELL_WORDS.ja.coreFailed,
    ]);
  });
});
