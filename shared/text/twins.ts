// Names that look the same must not pass as different people. Two kinds of difference no one sees:
// a character with no width (a joiner left in a pasted name), and a letter of another script drawn
// like a Latin one (Cyrillic "а" for "a", Greek "Ο" for "O"). The duplicate checks compare twinKey(),
// and a word that mixes scripts is worth a warning of its own.
import { naturalKey } from './normalize';

/** Every character with no width, joiners included (a key need not keep the joins of a script). */
const ZERO_WIDTH = /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u180E\u202A-\u202E\u2066-\u2069]|\u034F/g;

/** Cyrillic and Greek letters drawn like Latin ones (the clear cases of Unicode's confusables), each
 * above the Latin letter it looks like. */
const LOOKALIKE_FROM = 'АВЕКМНОРСТУХЅІЈԀԚԜҮҺӀѴаеорсухѕіјԁԛԝһүӏѵ' + 'ΑΒΕΖΗΙΚΜΝΟΡΤΥΧϹͿαικνορυχϲϳ';
const LOOKALIKE_TO = 'ABEKMHOPCTYXSIJDQWYHIVaeopcyxsijdqwhylv' + 'ABEZHIKMNOPTYXCJaikvopuxcj';
export const LOOKALIKES: ReadonlyMap<string, string> = new Map(
  [...LOOKALIKE_FROM].map((ch, i) => [ch, LOOKALIKE_TO[i] as string]),
);
const LOOKALIKE = new RegExp(`[${LOOKALIKE_FROM}]`, 'gu');

/** Look-alike Cyrillic and Greek letters as the Latin letters they look like. */
export function foldLookalikes(text: string): string {
  return text.normalize('NFD').replace(LOOKALIKE, (ch) => LOOKALIKES.get(ch) ?? ch);
}

/** The key two names share when they look the same: no zero-width characters, look-alikes folded,
 * then the sort key's folding (case, diacritics, width, kana, digit runs). */
export function twinKey(text: string): string {
  return naturalKey(foldLookalikes(text.replace(ZERO_WIDTH, '')));
}

/** The writing systems told apart; Japanese counts as one (kanji, hiragana and katakana mix in a word). */
const SCRIPTS: [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Japanese', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Lao', /\p{Script=Lao}/u],
  ['Khmer', /\p{Script=Khmer}/u],
  ['Myanmar', /\p{Script=Myanmar}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Bengali', /\p{Script=Bengali}/u],
  ['Tamil', /\p{Script=Tamil}/u],
  ['Telugu', /\p{Script=Telugu}/u],
  ['Kannada', /\p{Script=Kannada}/u],
  ['Malayalam', /\p{Script=Malayalam}/u],
  ['Gujarati', /\p{Script=Gujarati}/u],
  ['Gurmukhi', /\p{Script=Gurmukhi}/u],
  ['Oriya', /\p{Script=Oriya}/u],
  ['Sinhala', /\p{Script=Sinhala}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Georgian', /\p{Script=Georgian}/u],
];
const LETTER = /\p{L}/u;

function scriptOf(ch: string): string | null {
  if (!LETTER.test(ch)) return null;
  for (const [name, re] of SCRIPTS) if (re.test(ch)) return name;
  return 'Other';
}

/** A Latin word beside kanji or kana ("Tanaka太郎") is unusual but not a disguise. */
const HARMLESS = new Set(['Latin+Japanese', 'Japanese+Latin']);

/** The scripts of a word's letters, in order of first use. */
export function scriptsOf(word: string): string[] {
  const seen: string[] = [];
  for (const ch of word) {
    const script = scriptOf(ch);
    if (script && !seen.includes(script)) seen.push(script);
  }
  return seen;
}

/** The first word whose letters come from more than one script ("Аnna" with a Cyrillic А), if any. */
export function mixedScriptWord(text: string): { word: string; scripts: string } | null {
  for (const word of text.split(/[\s\p{P}\p{S}]+/u)) {
    const scripts = scriptsOf(word);
    if (scripts.length > 1 && !HARMLESS.has(scripts.join('+'))) return { word, scripts: scripts.join(', ') };
  }
  return null;
}
