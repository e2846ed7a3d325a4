// Passport and residence-card numbers leave the core masked (the shared rule, shared/trainees/mask.ts)
// unless the person chose to show them, so a print view that did not ask never holds the full number.
import { maskNumber } from '../../../shared/trainees/mask';

export function maskUnlessShown(value: string | null, show: boolean): string | null {
  if (value === null || show) return value;
  return maskNumber(value);
}
