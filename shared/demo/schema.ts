// The demo dataset: fictional trainees from the same generator the benchmarks use, always marked.
import { z } from 'zod';
import { empty } from '../schema-helpers';

export const DemoStatus = z.object({ trainees: z.number().int(), loaded: z.boolean() });

export const demoContract = {
  'demo.status': { input: empty, output: DemoStatus },
  'demo.load': {
    input: z.strictObject({ trainees: z.number().int().min(1).max(5000).default(120) }),
    output: DemoStatus,
  },
  'demo.remove': { input: empty, output: DemoStatus },
} as const;
