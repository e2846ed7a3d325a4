import { expect, test } from 'vitest';
import { dateRange } from './format';

test('a period reads "a – b" in English and "a〜b" in Japanese; a missing end reads "…"', () => {
  expect(dateRange('2026-04-01', '2027-01-31', 'en')).toBe('2026-04-01 – 2027-01-31');
  expect(dateRange('2026-04-01', '2027-01-31', 'ja')).toBe('2026-04-01〜2027-01-31');
  expect(dateRange('2026-08-01', null, 'en')).toBe('2026-08-01 – …');
  expect(dateRange(null, '2026-08-31', 'ja')).toBe('…〜2026-08-31');
});
