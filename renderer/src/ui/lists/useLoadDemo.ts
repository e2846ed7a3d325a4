// "Try with demo data" from an empty list or Home: opens the demo sandbox, its own database of
// fictional records (api/demo.ts); the person's own data stays apart, one click away.
import { useDemoSwitch } from '../../api/demo';

export function useLoadDemo() {
  const demo = useDemoSwitch();
  return { mutate: () => demo.mutate('enter'), isPending: demo.isPending };
}
