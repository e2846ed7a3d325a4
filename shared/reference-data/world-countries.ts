// Every country the app can recognise by name, so a name that is a country but not one of the
// programme's is told apart from a name that is no country at all. The codes are ISO 3166-1 (and
// Kosovo's XK); their English and Japanese names come from the platform's own data (Intl, CLDR), in
// Node and in the browser alike, with the short forms documents use beside them.
import { foldKey } from './text';

const CODES = `AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT
BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ
FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS
IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN
MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW
PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN
TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW`.split(/\s+/);

/** Names documents use that the platform's names do not cover. */
const OTHER_NAMES: Record<string, string[]> = {
  US: ['USA', 'U.S.A.', 'U.S.', 'United States of America', 'America'],
  GB: ['UK', 'U.K.', 'Great Britain', 'Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
  KR: ['South Korea', 'Korea', 'Republic of Korea', '韓国'],
  KP: ['North Korea', 'DPRK', "Democratic People's Republic of Korea"],
  RU: ['Russian Federation'],
  TR: ['Turkey', 'Türkiye'],
  CZ: ['Czech Republic', 'Czechia'],
  NL: ['Holland', 'The Netherlands'],
  CI: ['Ivory Coast', "Côte d'Ivoire"],
  SZ: ['Swaziland', 'Eswatini'],
  MK: ['Macedonia', 'North Macedonia'],
  CN: ["People's Republic of China", 'PRC'],
  TW: ['Republic of China'],
  HK: ['Hong Kong'],
  MO: ['Macau', 'Macao'],
  AE: ['UAE', 'Emirates'],
  VA: ['Vatican', 'Holy See'],
  CV: ['Cape Verde', 'Cabo Verde'],
  CD: ['DR Congo', 'DRC', 'Congo-Kinshasa'],
  CG: ['Congo-Brazzaville', 'Republic of the Congo'],
  PS: ['Palestine'],
  LK: ['Ceylon'],
  BD: ['Bangladesh'],
};

let byName: Map<string, string> | null = null;

/** Built on first use: the platform's names in English and Japanese (long and short), then the others. */
function names(): Map<string, string> {
  if (byName) return byName;
  const map = new Map<string, string>();
  const add = (name: string | undefined, code: string) => {
    if (!name || name === code) return;
    const key = foldKey(name);
    if (!map.has(key)) map.set(key, code);
    // "Myanmar (Burma)": the name without its bracket too.
    const bare = foldKey(name.replace(/\s*[(（][^)）]*[)）]\s*/g, ''));
    if (bare && !map.has(bare)) map.set(bare, code);
  };
  for (const locale of ['en', 'ja']) {
    for (const style of ['long', 'short'] as const) {
      const display = new Intl.DisplayNames([locale], { type: 'region', style, fallback: 'code' });
      for (const code of CODES) add(display.of(code), code);
    }
  }
  for (const [code, list] of Object.entries(OTHER_NAMES)) for (const name of list) add(name, code);
  byName = map;
  return map;
}

/** The ISO code of a country named in any form the app knows, or null for a name that is no country. */
export function worldCountryCode(name: string): string | null {
  const key = foldKey(name);
  return key === '' ? null : (names().get(key) ?? null);
}
