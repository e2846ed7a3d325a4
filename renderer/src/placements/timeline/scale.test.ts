import { expect, test } from 'vitest';
import { buildScale } from './scale';

test('the axis covers whole months around the range', () => {
  const s = buildScale({ start: '2026-04-01', end: '2027-03-31' });
  expect(s.start).toBe('2026-04-01');
  expect(s.end).toBe('2027-04-01');
  expect(s.days).toBe(365);
  expect(s.months).toHaveLength(12);
  expect(s.months[0]).toMatchObject({ year: 2026, month: 4, left: 0 });
  expect(s.at('2027-04-01')).toBe(100);
  // The first fiscal year's start is the chart's edge, not a boundary to draw.
  expect(s.fyStarts).toEqual([]);
});

test('a range across fiscal years marks each 1 April inside it', () => {
  const s = buildScale({ start: '2026-03-15', end: '2027-05-02' });
  expect(s.start).toBe('2026-03-01');
  expect(s.end).toBe('2027-06-01');
  expect(s.fyStarts.map((f) => f.fy)).toEqual([2026, 2027]);
  expect(s.fyStarts[0]?.left).toBeCloseTo((31 / s.days) * 100);
});

test('a period spans its first to its last day inclusive, clipped to the chart', () => {
  const s = buildScale({ start: '2028-02-01', end: '2028-02-29' });
  expect(s.days).toBe(29);
  expect(s.span('2028-02-01', '2028-02-29')).toEqual({ left: 0, width: 100 });
  const one = s.span('2028-02-10', '2028-02-10');
  expect(one.width).toBeCloseTo(100 / 29);
  expect(s.span('2027-12-01', '2028-03-31')).toEqual({ left: 0, width: 100 });
});
