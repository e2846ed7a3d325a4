// Passport and residence-card numbers, masked by one rule wherever they are shown hidden (the trainee
// screen, the print views): all but the last 3 characters become "•", one for each, so the length
// shows but not the number. A number of 3 characters or fewer is masked whole.
export const MASK = '•';
const KEPT = 3;

export function maskNumber(value: string): string {
  const chars = Array.from(value);
  const kept = chars.length > KEPT ? KEPT : 0;
  return MASK.repeat(chars.length - kept) + chars.slice(chars.length - kept).join('');
}
