// "Once the first screen is up": what start-up leaves for later (the bundled fonts, the command
// palette's code) waits until the first screen's data have arrived and the page is idle, so it never
// competes with the first rows. Three seconds at most, whatever the screen is doing.
import { queryClient } from './queryClient';

const CAP_MS = 3_000;
let settled = false;
const waiting: (() => void)[] = [];

function settle(): void {
  if (settled) return;
  settled = true;
  for (const task of waiting.splice(0)) task();
}

/** Starts watching for the moment; called once, as the first screen is rendered. */
export function watchFirstScreen(): void {
  const cap = setTimeout(finish, CAP_MS);
  // Checked after each change of the query cache; the first change is the first screen's requests.
  const unsubscribe = queryClient.getQueryCache().subscribe(() => setTimeout(check, 0));
  setTimeout(check, 0);
  const quiet = () => queryClient.isFetching() === 0;
  function check() {
    if (!settled && quiet()) requestIdleCallback(() => quiet() && finish(), { timeout: 500 });
  }
  function finish() {
    clearTimeout(cap);
    unsubscribe();
    settle();
  }
}

/** Runs `task` once the first screen has settled (at once if it already has). */
export function whenSettled(task: () => void): void {
  if (settled) task();
  else waiting.push(task);
}
