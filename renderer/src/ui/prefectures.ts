// Japan's prefectures as the screens show them: a name in the UI language, options in JIS order (north
// to south, as Japanese lists them), and a match on what was typed in either language.
import { PREFECTURES } from '../../../shared/hosts/prefectures';
import type { Language } from '../../../shared/settings/schema';

export function prefectureName(code: number, lang: Language): string {
  const p = PREFECTURES[code - 1];
  return p ? p[lang] : String(code);
}

/**
 * Prefecture options in JIS order; labels in the UI language, and keywords so what is typed in either
 * language, or as a reading in kana, finds them ("osaka" or おおさか finds 大阪府 in the Japanese UI).
 */
export function prefectureOptions(lang: Language) {
  return PREFECTURES.map((p) => ({ value: String(p.code), label: p[lang], keywords: `${p.en} ${p.ja} ${p.kana}` }));
}
