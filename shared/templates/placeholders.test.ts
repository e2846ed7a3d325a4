// The placeholder list and "did you mean": a slip of a letter or two finds the name; an unrelated word
// finds none.
import { expect, test } from 'vitest';
import { nearestPlaceholder, TRAINEE_PLACEHOLDERS } from './placeholders';

test('every name is unique, in snake case, and each date comes in three forms', () => {
  expect(new Set(TRAINEE_PLACEHOLDERS).size).toBe(TRAINEE_PLACEHOLDERS.length);
  for (const name of TRAINEE_PLACEHOLDERS) expect(name).toMatch(/^[a-z][a-z_]*[a-z]$/);
  expect(TRAINEE_PLACEHOLDERS).toEqual(expect.arrayContaining(['arrival_date', 'arrival_date_ja', 'arrival_date_era']));
});

test.each([
  ['full_nmae', 'full_name'],
  ['FamilyName', 'family_name'],
  ['family name', 'family_name'],
  ['Country_JA', 'country_ja'],
  ['arival_date_era', 'arrival_date_era'],
  ['today_eraa', 'today_era'],
  ['favourite_colour', null],
  ['x', null],
])('%s → %s', (typed, nearest) => {
  expect(nearestPlaceholder(typed, TRAINEE_PLACEHOLDERS)).toBe(nearest);
});
