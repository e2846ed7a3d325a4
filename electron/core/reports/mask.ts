// Passport and residence-card numbers leave the core masked unless the person chose to show them:
// all but the last 3 characters become "•" (a number of 3 characters or fewer is masked whole).
export const MASK = '•';

export function maskNumber(value: string | null, show: boolean): string | null {
  if (value === null || show) return value;
  const chars = Array.from(value);
  const kept = chars.length > 3 ? chars.slice(-3).join('') : '';
  return MASK.repeat(chars.length - kept.length) + kept;
}
