// One build for all three parts. The main build has two entries: the Electron main process, and the
// browser mode's server (plain Node), which share the core.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { withMetaCsp } from './electron/core/server/headers';
import pkg from './package.json' with { type: 'json' };

const define = { __APP_VERSION__: JSON.stringify(pkg.version) };
// CLAIR_DESK_OUT builds into another folder (default out/), so two builds can be tested side by side;
// the e2e fixtures and the benchmarks read the same variable.
const out = process.env.CLAIR_DESK_OUT ?? 'out';

// The libraries every screen starts with, in one file: split by the bundler's own rules they came as
// 30 small files, and fetching those took about 150 ms of the first load in Chromium. Screens' own
// libraries (charts, spotlight, exceljs...) still load with their screens.
const FIRST_SCREEN_LIBRARIES =
  /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|@tanstack|i18next|react-i18next|dayjs|clsx|zod|@mantine[\\/](core|hooks)|@floating-ui|react-remove-scroll|react-remove-scroll-bar|react-style-singleton|use-callback-ref|use-sidecar|tslib|get-nonce|react-number-format|react-textarea-autosize|mantine-datatable)[\\/]/;

// The built page carries the app's CSP as a meta tag too (both modes also send it as a header). Build
// only: the dev server's hot reload needs inline scripts.
const metaCsp: Plugin = {
  name: 'clair-desk-meta-csp',
  apply: 'build',
  transformIndexHtml: (html) => withMetaCsp(html),
};

export default defineConfig({
  main: {
    define,
    build: {
      outDir: `${out}/main`,
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          server: resolve('electron/core/server/cli.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: `${out}/preload`,
      // A sandboxed preload is one self-contained CommonJS file.
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    define,
    plugins: [react(), metaCsp],
    build: {
      outDir: resolve(`${out}/renderer`),
      chunkSizeWarningLimit: 2000,
      minify: true,
      rollupOptions: {
        input: resolve('renderer/index.html'),
        output: { codeSplitting: { groups: [{ name: 'base', test: FIRST_SCREEN_LIBRARIES }] } },
      },
    },
  },
});
