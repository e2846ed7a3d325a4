// The single IPC channel between the preload and main. Its own file, free of imports, so the
// preload bundle and the main process share the name without pulling each other in.
export const INVOKE_CHANNEL = 'clair-desk:invoke';
