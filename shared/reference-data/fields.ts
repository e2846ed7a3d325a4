// Fields of expertise: the vocabulary a value is checked against, and how close a value is to it.
// One vocabulary for the whole app: the seed is SEED_FIELDS (shared/specialist-dispatch/vocabulary.ts), the
// same fields migration 0006 puts in `expertise_fields`; each field counts by its English name and
// every alias. The app's vocabulary is editable, so the checks take it as a parameter.
import { SEED_FIELDS } from '../specialist-dispatch/vocabulary';
import { editDistance, roundScore, similarity } from './similarity';
import { foldKey } from './text';

/** The names a field is known by, as a vocabulary: each English name, then its aliases, in order. */
export function fieldVocabulary(fields: readonly { nameEn: string; aliases: readonly string[] }[]): string[] {
  return fields.flatMap((f) => [f.nameEn, ...f.aliases]);
}

/** The seed fields' names and aliases: what the checks use when the app's vocabulary is not given. */
export const FIELD_VOCABULARY_SEED: readonly string[] = fieldVocabulary(SEED_FIELDS);

export type FieldCheck =
  | { kind: 'known' }
  /** The same letters with other capitals, spaces or punctuation. */
  | { kind: 'case_differs'; suggestion: string }
  /** Close to a known field, or to known words: the suggestion, its score and the words changed. */
  | { kind: 'misspelt'; suggestion: string; score: number; known: boolean; words: string }
  | { kind: 'unknown' }
  | { kind: 'empty' };

/** A whole value this close to a known field is taken for a misspelling of it. */
export const PHRASE_THRESHOLD = 0.8;

/** Edits allowed to take a word for a misspelling of a known word: none for short words. */
const wordTolerance = (length: number) => (length < 4 ? 0 : length < 7 ? 1 : 2);

const words = (value: string) => foldKey(value).split(' ').filter(Boolean);

/** Letters and digits only: "Fire-fighting", "fire  fighting" and "FireFighting" compare equal. */
export const compactKey = (value: string) => foldKey(value).replace(/[^\p{L}\p{N}]/gu, '');

export interface Vocabulary {
  /** One entry per spelling (the first of those sharing the same letters), for closeness. */
  entries: string[];
  /** Every entry exactly as written (two aliases may differ by a space only: both are known). */
  exact: Set<string>;
  /** Every entry by its lower-case form: a value differing in capitals only finds its entry. */
  byLowerCase: Map<string, string>;
  byKey: Map<string, string>;
  byCompactKey: Map<string, string>;
  words: Set<string>;
}

/** Prepared once per check: entries by folded key, and every known word. */
export function vocabulary(entries: readonly string[]): Vocabulary {
  const byKey = new Map<string, string>();
  const byCompactKey = new Map<string, string>();
  const known = new Set<string>();
  const exact = new Set<string>();
  const byLowerCase = new Map<string, string>();
  for (const e of entries) {
    if (e.trim() === '') continue;
    exact.add(e);
    if (!byLowerCase.has(e.toLowerCase())) byLowerCase.set(e.toLowerCase(), e);
    if (byCompactKey.has(compactKey(e))) continue;
    byKey.set(foldKey(e), e);
    byCompactKey.set(compactKey(e), e);
    for (const w of words(e)) known.add(w);
  }
  return { entries: [...byKey.values()], exact, byLowerCase, byKey, byCompactKey, words: known };
}

/** The nearest known word within tolerance, or null (ties: the first in vocabulary order). */
function nearestWord(word: string, vocab: Vocabulary): string | null {
  const limit = wordTolerance(word.length);
  if (limit === 0 || /\d/.test(word)) return null;
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const known of vocab.words) {
    if (Math.abs(known.length - word.length) >= bestDistance) continue;
    const d = editDistance(word, known);
    if (d < bestDistance) {
      best = known;
      bestDistance = d;
    }
  }
  return best;
}

/** The same capital as the printed word: "Walfare" → "Welfare", "walfare" → "welfare". */
const likeCase = (printed: string, word: string) =>
  printed[0] && printed[0] !== printed[0].toLowerCase() ? word[0]?.toUpperCase() + word.slice(1) : word;

const score = (value: string, suggestion: string) => roundScore(similarity(foldKey(value), foldKey(suggestion)));

/**
 * Known → nothing; same letters → case_differs; else, when some word is not a known word: the field
 * its misspelt words corrected give, or the nearest field (whole value ≥ PHRASE_THRESHOLD), or the
 * value with its misspelt words corrected (a new field, spelt right); otherwise unknown. A value made
 * only of known words is a new combination, not a misspelling, and is reported as unknown.
 */
export function checkField(value: string, vocab: Vocabulary): FieldCheck {
  if (value.trim() === '') return { kind: 'empty' };
  if (vocab.exact.has(value)) return { kind: 'known' };
  const sameLetters = vocab.byCompactKey.get(compactKey(value));
  if (sameLetters !== undefined) return { kind: 'case_differs', suggestion: sameLetters };

  const printedWords = value.trim().split(/\s+/);
  if (printedWords.every((w) => vocab.words.has(foldKey(w)))) return { kind: 'unknown' };

  // Word by word: each unknown word replaced by its nearest known word.
  const changed: string[] = [];
  const corrected = printedWords.map((printed) => {
    const w = foldKey(printed);
    if (vocab.words.has(w)) return printed;
    const near = nearestWord(w, vocab);
    if (near === null) return printed;
    changed.push(`${printed} → ${near}`);
    return likeCase(printed, near);
  });
  const correctedValue = corrected.join(' ');
  const correctedEntry = changed.length > 0 ? vocab.byCompactKey.get(compactKey(correctedValue)) : undefined;
  if (correctedEntry !== undefined) {
    const words = changed.join(', ');
    return { kind: 'misspelt', suggestion: correctedEntry, score: score(value, correctedEntry), known: true, words };
  }

  // The whole value against every field.
  const key = foldKey(value);
  let best: string | null = null;
  let bestScore = 0;
  for (const entry of vocab.entries) {
    const s = similarity(key, foldKey(entry));
    if (s > bestScore) {
      best = entry;
      bestScore = s;
    }
  }
  if (best !== null && bestScore >= PHRASE_THRESHOLD) {
    return { kind: 'misspelt', suggestion: best, score: roundScore(bestScore), known: true, words: '' };
  }
  if (changed.length > 0) {
    const words = changed.join(', ');
    return { kind: 'misspelt', suggestion: correctedValue, score: score(value, correctedValue), known: false, words };
  }
  return { kind: 'unknown' };
}
