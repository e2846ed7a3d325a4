// i18next with both languages bundled: the app works offline, so nothing is fetched at run time.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/settings/schema';
import en from './locales/en.json';
import ja from './locales/ja.json';

export const LANGUAGES: readonly Language[] = ['en', 'ja'];

/** The saved choice wins; otherwise the system's language, English for anything but Japanese. */
export function pickLanguage(saved: Language | null, navigatorLanguage: string | undefined): Language {
  if (saved) return saved;
  return navigatorLanguage?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

export function currentLanguage(): Language {
  return i18next.language === 'ja' ? 'ja' : 'en';
}

/** Keeps <html lang> in step so screen readers and font fallback (CJK glyph variants) follow the UI. */
function applyToDocument(lang: Language): void {
  document.documentElement.lang = lang;
  document.title = i18next.t('app.name');
}

export async function initI18n(lang: Language): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, ja: { translation: ja } },
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
