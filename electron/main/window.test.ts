import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { isAppUrl } from './security';
import { appPage, createMainWindow, UNSAVED_QUESTION } from './window';

// window.ts creates BrowserWindows; there is no Electron binary here, so a stand-in window records the
// handlers the real one would be given, and the message box answers as the test says.
const electron = vi.hoisted(() => ({
  answer: 1,
  handlers: new Map<string, (...args: unknown[]) => void>(),
  loaded: [] as string[],
}));
vi.mock('electron', () => ({
  BrowserWindow: class {
    webContents = { on: (name: string, fn: (...args: unknown[]) => void) => electron.handlers.set(name, fn) };
    once() {}
    loadURL(url: string) {
      electron.loaded.push(url);
      return Promise.resolve();
    }
  },
  dialog: { showMessageBoxSync: () => electron.answer },
}));

describe('closing with unsaved work', () => {
  it('asks, in the language given, and closes only on "Discard"', () => {
    createMainWindow({ url: 'clair-desk://app/index.html', root: '/x' }, true, () => 'ja');
    const onUnload = electron.handlers.get('will-prevent-unload');
    expect(onUnload).toBeDefined();
    const kept = { preventDefault: vi.fn() };
    electron.answer = 1;
    onUnload?.(kept);
    expect(kept.preventDefault).not.toHaveBeenCalled();
    const discarded = { preventDefault: vi.fn() };
    electron.answer = 0;
    onUnload?.(discarded);
    expect(discarded.preventDefault).toHaveBeenCalledOnce();
  });

  it('has the question in both languages', () => {
    expect(Object.keys(UNSAVED_QUESTION.ja)).toEqual(Object.keys(UNSAVED_QUESTION.en));
    expect(UNSAVED_QUESTION.ja.message).toContain('破棄');
  });
});

describe('appPage', () => {
  it('loads the built renderer from clair-desk://app, which isAppUrl accepts', () => {
    const page = appPage(true, { ELECTRON_RENDERER_URL: 'http://localhost:5173/' }, path.resolve('out'));
    expect(page).toEqual({ url: 'clair-desk://app/index.html', root: path.resolve('out', 'renderer') });
    expect(isAppUrl(`${page.url}#/trainees`, page.url)).toBe(true);
    createMainWindow(page, true);
    expect(electron.loaded.at(-1)).toBe('clair-desk://app/index.html');
  });

  it('uses the dev server only in development', () => {
    expect(appPage(false, { ELECTRON_RENDERER_URL: 'http://localhost:5173/' })).toEqual({
      url: 'http://localhost:5173/',
    });
    expect(appPage(false, {}).root).toBeDefined();
  });
});
