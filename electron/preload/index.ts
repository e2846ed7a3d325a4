// The whole renderer-facing API of the Electron shell: one `invoke`, typed by the shared contract's
// DeskBridge. ipcRenderer and the IPC event object never reach the page.
import { contextBridge, ipcRenderer } from 'electron';
import type { DeskBridge } from '../../shared/contract';
import { INVOKE_CHANNEL } from './channel';

const bridge = {
  // Main answers every call with a Result and never throws; the only rejection left is an input
  // that cannot be copied across (a function, say), which is turned into a Result like the rest.
  invoke: (channel: string, input: unknown) =>
    ipcRenderer.invoke(INVOKE_CHANNEL, channel, input).catch(() => ({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'This request could not be sent to CLAIR Desk (its data cannot be copied).',
      },
    })),
} satisfies DeskBridge;

contextBridge.exposeInMainWorld('clairDesk', bridge);
