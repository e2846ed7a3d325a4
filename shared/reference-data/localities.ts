// Where a locality belongs: the gazetteer looked up by a folded key, with the administrative words
// that documents add or leave out ("Danang City", "Porbandar Municipality", "Srakathiem SAO",
// "Kota Surabaya") set aside. A name found only under other countries is in the wrong country; a
// name found nowhere is unknown (the gazetteer is not complete, so unknown is never "wrong").
import { GAZETTEER } from './gazetteer';
import { foldKey } from './text';

/** Words that name a kind of local government rather than the place. */
const ADMINISTRATIVE = new Set([
  'city',
  'municipality',
  'municipal',
  'corporation',
  'council',
  'town',
  'township',
  'province',
  'provincial',
  'district',
  'regency',
  'state',
  'region',
  'prefecture',
  'capital',
  'special',
  'metropolitan',
  'metro',
  'administration',
  'administrative',
  'organization',
  'organisation',
  'government',
  'local',
  'sao', // Subdistrict Administrative Organization (Thailand)
  'tao', // Tambon Administrative Organization
  'pao', // Provincial Administrative Organization
  'subdistrict',
  'kota', // Indonesian "city"
  'kabupaten', // Indonesian "regency"
  'of',
  'the',
]);

const tokens = (name: string) =>
  foldKey(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== '');

/** The place name alone, folded, without spaces or punctuation ("Da Nang" = "Danang"). */
export function localityKeys(name: string): string[] {
  const all = tokens(name);
  const bare = all.filter((t) => !ADMINISTRATIVE.has(t));
  const keys = [all.join('')];
  if (bare.length > 0 && bare.length < all.length) keys.push(bare.join(''));
  return keys.filter((k) => k !== '');
}

export interface Place {
  /** The gazetteer's name for it. */
  name: string;
  country: string;
}

const index = new Map<string, Place[]>();
for (const [country, entries] of Object.entries(GAZETTEER)) {
  for (const entry of entries) {
    const names = entry.split('|');
    const place = { name: names[0] as string, country };
    for (const n of names) {
      for (const key of localityKeys(n)) {
        const list = index.get(key) ?? [];
        if (!list.some((p) => p.country === country)) list.push(place);
        index.set(key, list);
      }
    }
  }
}

/** Every country the name (or its bare form) is known in, one place per country. */
export function findLocality(name: string): Place[] {
  const found: Place[] = [];
  for (const key of localityKeys(name)) {
    for (const place of index.get(key) ?? []) if (!found.some((p) => p.country === place.country)) found.push(place);
  }
  return found;
}

export type LocalityCheck =
  | { kind: 'ok'; place: Place }
  | { kind: 'wrong_country'; places: Place[] }
  | { kind: 'unknown' }
  | { kind: 'empty' };

export function checkLocality(name: string, countryCode: string): LocalityCheck {
  if (name.trim() === '') return { kind: 'empty' };
  const places = findLocality(name);
  const here = places.find((p) => p.country === countryCode);
  if (here) return { kind: 'ok', place: here };
  return places.length > 0 ? { kind: 'wrong_country', places } : { kind: 'unknown' };
}
