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
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});
