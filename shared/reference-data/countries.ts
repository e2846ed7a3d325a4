// The countries of CLAIR Singapore's region (the ten ASEAN members of the source text, Timor-Leste,
// ASEAN's 11th member since 2025, and India), by the codes of the app's country list, with the other
// names they go by in documents. Names are compared folded (case, diacritics, spacing). These are
// the programme's eligible countries; any other country is "not eligible", a name that is no country
// at all "unknown" (world-countries.ts tells the two apart).
import { foldKey } from './text';
import { worldCountryCode } from './world-countries';

export interface RegionCountry {
  code: string;
  name: string;
  aliases: string[];
  /** Eligible from this fiscal year on (joined later than the programme began); absent: always. */
  since?: { fiscalYear: number; month: string };
}

export const REGION_COUNTRIES: RegionCountry[] = [
  { code: 'BN', name: 'Brunei', aliases: ['Brunei Darussalam', 'Negara Brunei Darussalam'] },
  { code: 'KH', name: 'Cambodia', aliases: ['Kingdom of Cambodia', 'Kampuchea'] },
  { code: 'ID', name: 'Indonesia', aliases: ['Republic of Indonesia'] },
  { code: 'LA', name: 'Laos', aliases: ['Lao PDR', 'Lao P.D.R.', "Lao People's Democratic Republic", 'Lao'] },
  { code: 'MY', name: 'Malaysia', aliases: [] },
  { code: 'MM', name: 'Myanmar', aliases: ['Burma', 'Republic of the Union of Myanmar'] },
  { code: 'PH', name: 'Philippines', aliases: ['The Philippines', 'Republic of the Philippines'] },
  { code: 'SG', name: 'Singapore', aliases: ['Republic of Singapore'] },
  { code: 'TH', name: 'Thailand', aliases: ['Kingdom of Thailand'] },
  // ASEAN's 11th member since 26 October 2025: eligible from that fiscal year (FY2025) on.
  {
    code: 'TL',
    name: 'Timor-Leste',
    aliases: ['Timor Leste', 'East Timor'],
    since: { fiscalYear: 2025, month: '2025-10' },
  },
  { code: 'VN', name: 'Vietnam', aliases: ['Viet Nam', 'Socialist Republic of Vietnam'] },
  { code: 'IN', name: 'India', aliases: ['Republic of India', 'Bharat'] },
];

const byKey = new Map<string, string>();
for (const c of REGION_COUNTRIES) for (const n of [c.name, ...c.aliases]) byKey.set(foldKey(n), c.code);

/** The country code for a name (any known form), or null for a name the list does not know. */
export function countryCodeOf(name: string): string | null {
  return byKey.get(foldKey(name)) ?? null;
}

/** The English name for a code, as the app's country list spells it. */
export function countryName(code: string): string {
  return REGION_COUNTRIES.find((c) => c.code === code)?.name ?? code;
}

/**
 * How a name stands against the programme's countries: one of them (and whether it was eligible in
 * the given fiscal year), a real country outside them, a form of an eligible country the list does
 * not spell that way (another language, say), or no country at all.
 */
export type CountryStanding =
  | { kind: 'eligible'; code: string }
  | { kind: 'not_yet'; code: string; since: NonNullable<RegionCountry['since']> }
  | { kind: 'other_name'; code: string }
  | { kind: 'not_eligible'; code: string }
  | { kind: 'unknown' };

export function countryStanding(name: string, fiscalYear: number | null = null): CountryStanding {
  const code = countryCodeOf(name);
  if (code !== null) {
    const since = REGION_COUNTRIES.find((c) => c.code === code)?.since;
    return since && fiscalYear !== null && fiscalYear < since.fiscalYear
      ? { kind: 'not_yet', code, since }
      : { kind: 'eligible', code };
  }
  const world = worldCountryCode(name);
  if (world === null) return { kind: 'unknown' };
  return REGION_COUNTRIES.some((c) => c.code === world)
    ? { kind: 'other_name', code: world }
    : { kind: 'not_eligible', code: world };
}
