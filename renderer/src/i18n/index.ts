// i18next with both languages bundled: the app works offline, so nothing is fetched at run time.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/settings/schema';
import en from './locales/en.json';
import ja from './locales/ja.json';

export const LANGUAGES: readonly Language[] = ['en', 'ja'];

type Messages = { [key: string]: string | Messages };

// Each feature may keep its own strings beside it (renderer/src/<feature>/locales/en.json, ja.json);
// they are merged over the app-wide files, so features never edit one shared file.
const featureBundles = import.meta.glob<Messages>('../*/locales/*.json', { eager: true, import: 'default' });

function merge(into: Messages, from: Messages): Messages {
  for (const [key, value] of Object.entries(from)) {
    const existing = into[key];
    into[key] = typeof value === 'object' && typeof existing === 'object' ? merge({ ...existing }, value) : value;
  }
  return into;
}

export function bundleFor(
  lang: Language,
  base: Messages,
  bundles: Record<string, Messages> = featureBundles,
): Messages {
  return Object.entries(bundles)
    .filter(([file]) => file.endsWith(`/locales/${lang}.json`))
    .sort(([a], [b]) => a.localeCompare(b))
    .reduce((all, [, messages]) => merge(all, messages), merge({}, base));
}

/** The saved choice wins; otherwise the system's language, English for anything but Japanese. */
export function pickLanguage(saved: Language | null, navigatorLanguage: string | undefined): Language {
  if (saved) return saved;
  return navigatorLanguage?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

export function currentLanguage(): Language {
  return i18next.language === 'ja' ? 'ja' : 'en';
}

const LAST_LANGUAGE_KEY = 'clair-desk.language';

/**
 * The language last shown in this browser, for pages that cannot ask the core (a used launch
 * address): they then speak as the app did, not as the system does. Not personal data.
 */
export function lastLanguage(): Language | null {
  try {
    const saved = localStorage.getItem(LAST_LANGUAGE_KEY);
    return saved === 'en' || saved === 'ja' ? saved : null;
  } catch {
    return null;
  }
}

/** Keeps <html lang> in step so screen readers and font fallback (CJK glyph variants) follow the UI. */
function applyToDocument(lang: Language): void {
  document.documentElement.lang = lang;
  document.title = i18next.t('app.name');
  try {
    localStorage.setItem(LAST_LANGUAGE_KEY, lang);
  } catch {
    // Storage switched off: the next refusal page follows the system's language instead.
  }
}

export async function initI18n(lang: Language): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: bundleFor('en', en) }, ja: { translation: bundleFor('ja', ja) } },
    lng: lang,
    fallbackLng: 'en',
    // React escapes output itself.
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  applyToDocument(lang);
}

export async function changeLanguage(lang: Language): Promise<void> {
  await i18next.changeLanguage(lang);
  applyToDocument(lang);
}

export { i18next };
