// The core's public entry: all the Electron shell (electron/main) may use. The shell starts the core,
// hands it requests through the async dispatch, and reads what it needs for the window's security;
// everything else stays inside. Lint refuses a deeper import from electron/main.
export { type Core, openCore } from './app';
export type { AsyncDispatch } from './boundary';
export { createFileHandles, type FileHandles, type HandleUse } from './files/handles';
export { APP_FOLDER, resolveDataDir } from './paths';
export { StartupRefusal } from './recovery/refusal';
export { type AppSession, startApp } from './recovery/start';
export { CSP, metaPolicy, securityHeaders, staticFileHeaders } from './server/headers';
