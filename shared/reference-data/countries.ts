// The countries of CLAIR Singapore's region (the ten ASEAN members of the source text, Timor-Leste,
// ASEAN's 11th member since 2025, and India), by the codes of the app's country list, with the other
// names they go by in documents. Names are compared folded (case, diacritics, spacing).
import { foldKey } from './text';

export const REGION_COUNTRIES: { code: string; name: string; aliases: string[] }[] = [
  { code: 'BN', name: 'Brunei', aliases: ['Brunei Darussalam', 'Negara Brunei Darussalam'] },
  { code: 'KH', name: 'Cambodia', aliases: ['Kingdom of Cambodia', 'Kampuchea'] },
  { code: 'ID', name: 'Indonesia', aliases: ['Republic of Indonesia'] },
  { code: 'LA', name: 'Laos', aliases: ['Lao PDR', 'Lao P.D.R.', "Lao People's Democratic Republic", 'Lao'] },
  { code: 'MY', name: 'Malaysia', aliases: [] },
  { code: 'MM', name: 'Myanmar', aliases: ['Burma', 'Republic of the Union of Myanmar'] },
  { code: 'PH', name: 'Philippines', aliases: ['The Philippines', 'Republic of the Philippines'] },
  { code: 'SG', name: 'Singapore', aliases: ['Republic of Singapore'] },
  { code: 'TH', name: 'Thailand', aliases: ['Kingdom of Thailand'] },
  { code: 'TL', name: 'Timor-Leste', aliases: ['Timor Leste', 'East Timor'] },
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
