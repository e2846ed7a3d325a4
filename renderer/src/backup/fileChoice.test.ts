// When the core refuses a chosen file (a handle that expired or was used, a place a copy may not go),
// the person reads what to do in their own language, never a field name or a code.
import i18next from 'i18next';
import { beforeAll, expect, test } from 'vitest';
import { ApiError } from '../api/client';
import { bundleFor } from '../i18n';
import baseEn from '../i18n/locales/en.json';
import baseJa from '../i18n/locales/ja.json';
import { errorText } from '../i18n/messages';

const refusals = [
  { code: 'invalid_input', path: 'source.handle', issue: 'choose_file_again' },
  { code: 'invalid_input', path: 'handle', issue: 'choose_file_again' },
  { code: 'conflict', path: 'handle', issue: 'inside_data_folder' },
  { code: 'invalid_input', path: 'handle', issue: 'not_sqlite_name' },
  { code: 'conflict', path: 'handle', issue: 'is_folder' },
] as const;

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { en: { translation: bundleFor('en', baseEn) }, ja: { translation: bundleFor('ja', baseJa) } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
});

test.each(['en', 'ja'] as const)('%s: every refusal of a chosen file has its own words', async (lang) => {
  await i18n.changeLanguage(lang);
  const generic = i18n.t('validation.invalid_value', { field: 'handle' });
  for (const { code, path, issue } of refusals) {
    const error = new ApiError({ code, message: 'English for logs', issues: [{ path, code: issue }] });
    const text = errorText(i18n.t, error);
    expect(text).toBe(i18n.t(`validation.${issue}`));
    expect(text).not.toBe(generic);
    expect(text).not.toMatch(/handle|English/);
  }
  if (lang === 'ja') expect(i18n.t('validation.choose_file_again')).toMatch(/もう一度/);
});
