// Test helper (fast-check arbitraries, not app code): VALID requests for the file-dialog channels, as
// the global dispatch property test needs them. Only the Electron shell answers them.
import fc from 'fast-check';
import { FILE_PURPOSES, type filesContract } from '../../../../shared/files/schema';

type Channels = keyof typeof filesContract;

const title = fc.string({ minLength: 1, maxLength: 200 }).filter((s) => s.trim().length > 0);
const fileName = fc
  .string({ minLength: 1, maxLength: 120 })
  .map((s) => s.replace(/[\\/:*?"<>|\0]/g, '_'))
  .filter((s) => s.trim().length > 0);
const purpose = fc.constantFrom(...FILE_PURPOSES);

export const filesValid: { [C in Channels]: fc.Arbitrary<unknown> } = {
  'files.chooseSave': fc.record({ purpose, title, fileName }),
  'files.chooseOpen': fc.record({ purpose, title }),
};
