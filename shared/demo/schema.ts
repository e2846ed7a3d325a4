// The demo dataset: fictional trainees from the same generator the benchmarks use, always marked.
import { z } from 'zod';
import { read, write } from '../channel';
import { empty } from '../schema-helpers';

export const DemoStatus = z.object({ trainees: z.number().int(), loaded: z.boolean() });

export const demoContract = {
  'demo.status': read(empty, DemoStatus),
  'demo.load': write(z.strictObject({ trainees: z.number().int().min(1).max(5000).default(120) }), DemoStatus),
  'demo.remove': write(empty, DemoStatus),
} as const;
