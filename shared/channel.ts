// What one channel of the contract is: its input and output schemas, and the kind of call it is. The
// boundary, the transports and the tests read these marks instead of keeping lists of their own.
//   read  — answers from the data and changes nothing (the property tests hold it to that);
//   write — may change the data;
//   async — its handler returns a promise (backups, restore), so only the async dispatch serves it;
//   shell — the Electron main process answers it (printing, file dialogs); the core refuses it.
import type { z } from 'zod';

export interface Flags {
  async?: true;
  shell?: true;
}

export type Spec<I extends z.ZodType, O extends z.ZodType, K extends 'read' | 'write', F extends Flags> = {
  input: I;
  output: O;
  kind: K;
} & F;

export function read<I extends z.ZodType, O extends z.ZodType, F extends Flags = Record<never, never>>(
  input: I,
  output: O,
  flags?: F,
): Spec<I, O, 'read', F> {
  return { input, output, kind: 'read', ...flags } as Spec<I, O, 'read', F>;
}

export function write<I extends z.ZodType, O extends z.ZodType, F extends Flags = Record<never, never>>(
  input: I,
  output: O,
  flags?: F,
): Spec<I, O, 'write', F> {
  return { input, output, kind: 'write', ...flags } as Spec<I, O, 'write', F>;
}
