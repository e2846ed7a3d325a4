import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { UNIQUE_LOCALITIES } from './__tests__/arbitraries';
import { REGION_COUNTRIES } from './countries';
import { GAZETTEER } from './gazetteer';
import { checkLocality, findLocality, localityKeys } from './localities';

describe('the gazetteer', () => {
  test('every country of the region has places, and most are provinces, cities and towns', () => {
    for (const c of REGION_COUNTRIES) expect(GAZETTEER[c.code]?.length, c.name).toBeGreaterThan(10);
    expect(Object.keys(GAZETTEER).sort()).toEqual(REGION_COUNTRIES.map((c) => c.code).sort());
    expect(Object.values(GAZETTEER).flat().length).toBeGreaterThan(700);
  });

  test('a name names one place per country, and only Bago names places in two countries', () => {
    const countriesOf = new Map<string, Set<string>>();
    for (const [code, entries] of Object.entries(GAZETTEER)) {
      const inCountry = new Map<string, string>();
      for (const entry of entries) {
        for (const name of entry.split('|')) {
          const [full] = localityKeys(name);
          const other = inCountry.get(full as string);
          expect(other === undefined || other === entry, `${name} in ${code}: ${other} and ${entry}`).toBe(true);
          inCountry.set(full as string, entry);
          countriesOf.set(full as string, (countriesOf.get(full as string) ?? new Set()).add(code));
        }
      }
    }
    const shared = [...countriesOf].filter(([, s]) => s.size > 1).map(([k, s]) => `${k}: ${[...s].join(' ')}`);
    expect(shared).toEqual(['bago: MM PH']); // Bago, Myanmar, and Bago City, Negros Occidental
  });
});

describe('localityKeys', () => {
  test.each([
    ['Danang City', ['danangcity', 'danang']],
    ['Da Nang', ['danang']],
    ['Jalgaon Municipal Corporation', ['jalgaonmunicipalcorporation', 'jalgaon']],
    ['Srakathiem SAO', ['srakathiemsao', 'srakathiem']],
    ['Kota Surabaya', ['kotasurabaya', 'surabaya']],
    ['Kota', ['kota']],
    ['  Hpa-An ', ['hpaan']],
    ['Parañaque', ['paranaque']],
    ['', []],
  ])('%s → %j', (name, keys) => {
    expect(localityKeys(name)).toEqual(keys);
  });
});

describe('checkLocality', () => {
  test('the real file’s localities are in their countries, whatever the administrative suffix', () => {
    const real: [string, string][] = [
      ['Kuala Lumpur', 'MY'],
      ['Jalgaon Municipal Corporation', 'IN'],
      ['Jogjakarta', 'ID'],
      ['Srakathiem SAO', 'TH'],
      ['Vigan City', 'PH'],
      ['Saensuk Municipality', 'TH'],
      ['Danang City', 'VN'],
      ['Porbandar Municipality', 'IN'],
      ['Surabaya', 'ID'],
      ['Sisaket', 'TH'],
      ['Sukhothai', 'TH'],
      ['Hanoi', 'VN'],
      ['Phitsanulok', 'TH'],
      ['Bangkok', 'TH'],
      ['Phatthalung', 'TH'],
      ['Phuket', 'TH'],
    ];
    for (const [name, code] of real) expect(checkLocality(name, code).kind, name).toBe('ok');
  });

  test('a place under another country is wrong, with the country it is in', () => {
    expect(checkLocality('Phuket', 'ID')).toEqual({
      kind: 'wrong_country',
      places: [{ name: 'Phuket', country: 'TH' }],
    });
    expect(checkLocality('Kota Kinabalu', 'ID')).toMatchObject({ kind: 'wrong_country', places: [{ country: 'MY' }] });
    expect(checkLocality('Surat', 'TH')).toMatchObject({ kind: 'wrong_country', places: [{ country: 'IN' }] });
    expect(checkLocality('Surat Thani', 'TH').kind).toBe('ok');
    expect(checkLocality('Bago', 'PH').kind).toBe('ok');
    expect(checkLocality('Bago', 'MM').kind).toBe('ok');
    expect(checkLocality('Bago', 'TH')).toMatchObject({
      kind: 'wrong_country',
      places: [{ country: 'MM' }, { country: 'PH' }],
    });
  });

  test('a place the gazetteer does not know is unknown, not wrong; an empty one is empty', () => {
    expect(checkLocality('Xyzzy Municipality', 'TH')).toEqual({ kind: 'unknown' });
    expect(checkLocality('  ', 'TH')).toEqual({ kind: 'empty' });
    expect(findLocality('City')).toEqual([]);
  });

  test('property: a place known in one country only is wrong in every other country', () => {
    const codes = REGION_COUNTRIES.map((c) => c.code);
    fc.assert(
      fc.property(fc.constantFrom(...UNIQUE_LOCALITIES), fc.constantFrom(...codes), (place, code) => {
        const check = checkLocality(place.name, code);
        if (code === place.code) expect(check.kind).toBe('ok');
        else expect(check).toMatchObject({ kind: 'wrong_country', places: [{ country: place.code }] });
      }),
      { numRuns: 500 },
    );
  });
});
