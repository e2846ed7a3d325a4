// The messages the issue quoted, in both languages, with the bundles the app loads.
import i18next from 'i18next';
import { beforeAll, expect, test } from 'vitest';
import { bundleFor } from './index';
import en from './locales/en.json';
import ja from './locales/ja.json';
import { warningText } from './messages';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { en: { translation: bundleFor('en', en) }, ja: { translation: bundleFor('ja', ja) } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
});

test('over capacity, a full host, a free seat and a row read: one or several', () => {
  const t = i18n.getFixedT('en');
  const over = (count: number, capacity: number) =>
    warningText(t, { code: 'capacity_exceeded', params: { day: '2026-06-01', count, capacity } });
  expect(over(2, 1)).toBe('Over capacity: the host would hold 2 trainees on 2026-06-01, more than its capacity of 1.');
  expect(over(1, 0)).toBe('Over capacity: the host would hold 1 trainee on 2026-06-01, more than its capacity of 0.');
  expect(t('hosts.import.summary', { count: 1, file: 'a.csv' })).toBe('1 row read from a.csv.');
  expect(t('hosts.import.summary', { count: 3, file: 'a.csv' })).toBe('3 rows read from a.csv.');
  expect(t('referenceData.check.summary', { count: 1, withFindings: 1, error: 0, warning: 0, info: 1 })).toBe(
    '1 row · with findings: 1 · errors: 0, warnings: 0, notes: 1',
  );
  expect(t('placements.reason.full', { peak: 2, capacity: 1, count: 2 })).toBe(
    'Full: 2 trainees for a capacity of 1 on some day of the period',
  );
});

test('Japanese says each with its counter, whatever the number', () => {
  const t = i18n.getFixedT('ja');
  expect(warningText(t, { code: 'capacity_exceeded', params: { day: '2026-06-01', count: 1, capacity: 0 } })).toBe(
    '定員超過：2026-06-01 に受入団体の研修員が 1 人となり、定員 0 人を超えます。',
  );
  expect(t('hosts.import.summary', { count: 1, file: 'a.csv' })).toBe('a.csv から 1 行を読み込みました。');
  expect(t('hosts.usageLabel', { count: 1, capacity: 2 })).toBe('現在の研修員 1 名 · 受入可能人数 2 名');
});
