// The letters' words exist in both languages: every item label the core may send, every addressee
// role, the refusals; and the settings patch names only what changed.
import { expect, test } from 'vitest';
import {
  ADDRESSEE_ROLES,
  LETTER_ITEM_KEYS,
  LETTER_KINDS,
  type LetterSettings,
} from '../../../../shared/documents/letters';
import en from '../locales/en.json';
import ja from '../locales/ja.json';
import { settingsPatch } from './LetterSettingsEditor';

type Bundle = { documents: { letter: { item: object }; issue: { role: object } } };
const words = (bundle: Bundle, group: 'item' | 'role') =>
  (group === 'item' ? bundle.documents.letter.item : bundle.documents.issue.role) as Record<string, string>;

test.each(LETTER_ITEM_KEYS)('the item %s has English and Japanese words', (key) => {
  expect(words(en, 'item')[key]).toBeTruthy();
  expect(words(ja, 'item')[key]).toBeTruthy();
});

test.each(ADDRESSEE_ROLES)('the addressee role %s has English and Japanese words', (role) => {
  expect(words(en, 'role')[role]).toBeTruthy();
  expect(words(ja, 'role')[role]).toBeTruthy();
});

test('every letter kind has a name, and the refusals have words', () => {
  for (const kind of LETTER_KINDS) {
    expect((en.documents.kind as Record<string, string>)[kind]).toBeTruthy();
    expect((ja.documents.kind as Record<string, string>)[kind]).toBeTruthy();
  }
  for (const code of ['letter_needs_placement', 'letter_not_builtin', 'letter_wrong_record'] as const) {
    expect(en.validation[code]).toBeTruthy();
    expect(ja.validation[code]).toBeTruthy();
  }
});

const wording = { en: { subject: 'S', body: 'B' }, ja: { subject: '件', body: '本' } };
const saved: LetterSettings = {
  signatory: { nameEn: 'A', nameJa: 'あ', titleEn: 'Director', titleJa: '所長' },
  seal: 'box',
  wording: Object.fromEntries(LETTER_KINDS.map((k) => [k, wording])) as LetterSettings['wording'],
};

test('the settings patch carries only what changed', () => {
  expect(settingsPatch(saved, saved)).toEqual({});
  const edited = {
    ...saved,
    seal: 'omitted' as const,
    wording: { ...saved.wording, acceptance: { ...wording, en: { subject: 'New', body: 'B' } } },
  };
  expect(settingsPatch(saved, edited)).toEqual({
    seal: 'omitted',
    wording: { acceptance: { ...wording, en: { subject: 'New', body: 'B' } } },
  });
});
