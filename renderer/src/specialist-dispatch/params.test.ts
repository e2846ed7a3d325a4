import { describe, expect, test } from 'vitest';
import { sourcedParts } from './history/sourced';
import { parseListState, toQuery, toSearchParams } from './requests/listParams';
import { parseListState as parseSpecialists, toSearchParams as specialistParams } from './specialists/listParams';

describe('the requests list in the URL', () => {
  test('filters, state and order round-trip; defaults are left out', () => {
    const url = 'q=water&state=approved&fy=2027&country=TH&field=4&outside=1&sort=country&dir=asc&page=2';
    const state = parseListState(new URLSearchParams(url));
    expect(state).toEqual({
      q: 'water',
      state: 'approved',
      fiscalYear: 2027,
      country: 'TH',
      field: 4,
      outside: true,
      sort: 'country',
      dir: 'asc',
      page: 2,
    });
    expect(toSearchParams(state).toString()).toBe(url);
    expect(toSearchParams(parseListState(new URLSearchParams(''))).toString()).toBe('');
    expect(toQuery(state)).toMatchObject({ search: 'water', state: 'approved', outsideWindow: true, pageSize: 50 });
  });

  test('nonsense in the URL falls back to the defaults', () => {
    const state = parseListState(new URLSearchParams('state=lost&fy=1800&country=th&sort=x&dir=up&page=-3'));
    expect(state).toMatchObject({
      state: null,
      fiscalYear: null,
      country: null,
      sort: 'received',
      dir: 'desc',
      page: 1,
    });
  });
});

test('the specialists list in the URL', () => {
  const state = parseSpecialists(
    new URLSearchParams('q=sato&field=2&retired=retired&show=all&sort=dispatches&dir=desc'),
  );
  expect(state).toMatchObject({
    q: 'sato',
    field: 2,
    retired: 'retired',
    show: 'all',
    sort: 'dispatches',
    dir: 'desc',
  });
  expect(specialistParams(state).toString()).toBe('q=sato&field=2&retired=retired&show=all&sort=dispatches&dir=desc');
  expect(parseSpecialists(new URLSearchParams('retired=maybe&show=x'))).toMatchObject({
    retired: 'all',
    show: 'active',
  });
});

test('reference and app figures stay apart in writing', () => {
  expect(sourcedParts({ reference: 3, app: 1 })).toEqual({ reference: '3', app: ' + 1' });
  expect(sourcedParts({ reference: 0, app: 2 })).toEqual({ reference: null, app: '+2' });
  expect(sourcedParts({ reference: 5, app: 0 })).toEqual({ reference: '5', app: null });
  expect(sourcedParts({ reference: 0, app: 0 })).toEqual({ reference: '–', app: null });
});
