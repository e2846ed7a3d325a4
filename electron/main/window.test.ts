import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { isAppUrl } from './security';
import { appPage } from './window';

// window.ts creates BrowserWindows; only its pure part is tested here, without Electron.
vi.mock('electron', () => ({ BrowserWindow: class {} }));

describe('appPage', () => {
  it('loads the built renderer as a file, which isAppUrl accepts', () => {
    const page = appPage(true, { ELECTRON_RENDERER_URL: 'http://localhost:5173/' }, path.resolve('out'));
    expect(page.file).toBe(path.resolve('out', 'renderer', 'index.html'));
    expect(page.url.startsWith('file://')).toBe(true);
    expect(isAppUrl(`${page.url}#/trainees`, page.url)).toBe(true);
  });

  it('uses the dev server only in development', () => {
    expect(appPage(false, { ELECTRON_RENDERER_URL: 'http://localhost:5173/' })).toEqual({
      url: 'http://localhost:5173/',
    });
    expect(appPage(false, {}).file).toBeDefined();
  });
});
