// The file dialogs (shared/files/schema.ts) belong to the Electron shell: its main process answers
// files.chooseSave and files.chooseOpen before they reach the core (electron/main/dialogs.ts). Here
// (the browser mode, tests) they are unsupported; the renderer downloads and uploads instead.
import type { filesContract } from '../../../shared/files/schema';
import { AppFailure } from '../../../shared/result';
import type { Handlers } from '../handler-types';

type Channels = keyof typeof filesContract;

function onlyInElectron(): never {
  throw new AppFailure({
    code: 'unsupported',
    message:
      'Choosing a file through the system dialog is done by the desktop app; the browser downloads and uploads instead.',
  });
}

export function filesHandlers(): Pick<Handlers, Channels> {
  return { 'files.chooseSave': onlyInElectron, 'files.chooseOpen': onlyInElectron };
}
