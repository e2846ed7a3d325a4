// Tests of a feature's wording: an i18next instance per language over that feature's own strings.
import i18next, { type TFunction } from 'i18next';

type Messages = Record<string, unknown>;

/** `t` in English and in Japanese over the given strings (a feature's locales/en.json and ja.json). */
export async function translators(en: Messages, ja: Messages): Promise<Record<'en' | 'ja', TFunction>> {
  const make = async (lang: 'en' | 'ja') => {
    const instance = i18next.createInstance();
    await instance.init({
      lng: lang,
      resources: { [lang]: { translation: lang === 'en' ? en : ja } },
      interpolation: { escapeValue: false },
    });
    return instance.t;
  };
  return { en: await make('en'), ja: await make('ja') };
}
