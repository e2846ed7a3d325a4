// The languages matching weighs: each country's usual languages of local government, and a key that
// files a language tag under its language ("en-GB" and "en" alike).

/**
 * The usual languages of local government per country (ISO 639 codes). English is counted on its own.
 * India's local languages vary by state, so a request may name its own (MatchRequest.languages).
 */
export const COUNTRY_LANGUAGES: Readonly<Record<string, readonly string[]>> = {
  BN: ['ms'],
  KH: ['km'],
  ID: ['id'],
  LA: ['lo'],
  MY: ['ms'],
  MM: ['my'],
  PH: ['fil'],
  SG: ['ms', 'zh', 'ta'],
  TH: ['th'],
  TL: ['tet', 'pt'],
  VN: ['vi'],
  IN: ['hi'],
};

const LANGUAGE_KEYS = new Map<string, string>();

/** "en-GB" → "en"; Tagalog ("tl") is filed as Filipino ("fil"); "in" is the old code of Indonesian. */
export function languageKey(code: string): string {
  let key = LANGUAGE_KEYS.get(code);
  if (key === undefined) {
    const primary = code.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    key = primary === 'tl' ? 'fil' : primary === 'in' ? 'id' : primary;
    // The codes in use are few; the bound only keeps odd input from growing the cache for ever.
    if (LANGUAGE_KEYS.size < 1000) LANGUAGE_KEYS.set(code, key);
  }
  return key;
}
