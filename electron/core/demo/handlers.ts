// The demo-data channels: whether it is loaded, load it, remove it; open the demo sandbox, leave it.
import type { demoContract } from '../../../shared/demo/schema';
import type { Context } from '../context';
import type { FeatureHandlers } from '../handler-types';
import { enterDemo, leaveDemo } from './sandbox';
import { demoStatus, loadDemo, removeDemo } from './service';

export function demoHandlers(ctx: Context): FeatureHandlers<typeof demoContract> {
  return {
    'demo.status': () => demoStatus(ctx),
    'demo.load': ({ trainees }) => loadDemo(ctx, trainees),
    'demo.remove': () => removeDemo(ctx),
    'demo.enter': ({ trainees }) => enterDemo(ctx, trainees),
    'demo.leave': () => leaveDemo(ctx),
  };
}
