// The demo dataset: fictional trainees from the same generator the benchmarks use, always marked;
// and the demo sandbox, a database of its own that the app can switch to and back from at any time.
import { z } from 'zod';
import { read, write } from '../channel';
import { empty } from '../schema-helpers';

export const DemoStatus = z.object({ trainees: z.number().int(), loaded: z.boolean() });

/** Whether the demo sandbox (its own database, in place of the real one) is open. */
export const DemoMode = z.object({ active: z.boolean() });

/** How many fictional trainees (the rest of the demo follows from them). */
const DemoSize = z.strictObject({ trainees: z.number().int().min(1).max(5000).default(120) });

export const demoContract = {
  'demo.status': read(empty, DemoStatus),
  'demo.load': write(DemoSize, DemoStatus),
  'demo.remove': write(empty, DemoStatus),
  /** Opens a fresh demo database in place of the real one (again: afresh); the real file is closed. */
  'demo.enter': write(DemoSize, DemoMode, { async: true }),
  /** Back to the real database. */
  'demo.leave': write(empty, DemoMode, { async: true }),
} as const;
