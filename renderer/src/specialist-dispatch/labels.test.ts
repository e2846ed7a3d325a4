import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, test } from 'vitest';
import { MATCH_POINTS } from '../../../shared/specialist-dispatch/matching';
import { REQUEST_STATES } from '../../../shared/specialist-dispatch/workflow';
import { translators } from '../i18n/__tests__/translators';
import {
  dayRange,
  languageName,
  REASON_CODES,
  reasonText,
  STATE_ORDER,
  stateText,
  windowFlag,
  windowNote,
} from './labels';
import en from './locales/en.json';
import ja from './locales/ja.json';

const ts = {} as Record<'en' | 'ja', TFunction>;
beforeAll(async () => {
  Object.assign(ts, await translators(en, ja));
});

const country = (code: string) => (code === 'TH' ? 'Thailand' : code);

describe('the application-window note as the date is typed', () => {
  test('the example of the brief: FY2027, 12 days late', () => {
    expect(windowNote(ts.en, 'en', 2027, '2026-05-12')).toEqual({
      text: 'The application window for FY2027 was 1 Mar – 30 Apr 2026; this request arrived 12 days late. It will be flagged, not refused.',
      outside: true,
    });
    expect(windowNote(ts.ja, 'ja', 2027, '2026-05-12')?.text).toBe(
      '2027年度の受付期間は2026年3月1日〜4月30日でした。この要望は12日遅れて届きました。記録の上で印を付けます（受付は拒否しません）。',
    );
  });

  test('inside the window (both ends), early by one day, and nothing until the date is whole', () => {
    expect(windowNote(ts.en, 'en', 2027, '2026-03-01')?.outside).toBe(false);
    expect(windowNote(ts.en, 'en', 2027, '2026-04-30')?.text).toContain('arrived within it');
    expect(windowNote(ts.en, 'en', 2027, '2026-02-28')?.text).toContain('arrived 1 day early');
    expect(windowNote(ts.en, 'en', 2027, '2026-02-3')).toBeNull();
    expect(windowNote(ts.en, 'en', 2027, '2026-02-30')).toBeNull();
    expect(windowNote(ts.en, 'en', null, '2026-03-01')).toBeNull();
  });

  test('the list flag counts days in both languages; none inside', () => {
    expect(windowFlag(ts.en, { position: 'late', days: 12 })).toBe('Outside window: 12 days late');
    expect(windowFlag(ts.en, { position: 'early', days: 1 })).toBe('Outside window: 1 day early');
    expect(windowFlag(ts.ja, { position: 'late', days: 12 })).toBe('受付期間外：12日遅れ');
    expect(windowFlag(ts.en, { position: 'inside', days: 0 })).toBeNull();
  });

  test('day ranges read naturally in each language, across years too', () => {
    expect(dayRange('2026-03-01', '2026-04-30', 'en')).toBe('1 Mar – 30 Apr 2026');
    expect(dayRange('2026-12-20', '2027-01-05', 'en')).toBe('20 Dec 2026 – 5 Jan 2027');
    expect(dayRange('2026-12-20', '2027-01-05', 'ja')).toBe('2026年12月20日〜2027年1月5日');
  });
});

describe.each(['en', 'ja'] as const)('words in %s', (lang) => {
  test('every state has a name, and the order is the path first, then the ways out', () => {
    expect([...STATE_ORDER].sort()).toEqual([...REQUEST_STATES].sort());
    expect(STATE_ORDER.slice(-2)).toEqual(['declined', 'cancelled']);
    for (const s of REQUEST_STATES) expect(stateText(ts[lang], s)).not.toBe(s);
  });

  test('every matching reason (each scored in matching.ts) is a sentence with its params filled in', () => {
    const scored = Object.keys(MATCH_POINTS).map((k) => k.replace(/_max$/, ''));
    expect([...REASON_CODES].sort()).toEqual([...scored].sort());
    const params = {
      field: 'Solid Waste Management',
      fieldJa: '廃棄物処理',
      requestedField: 'Sewerage Management',
      requestedFieldJa: '下水道',
      start: '2027-07-01',
      end: '2027-07-31',
      days: 12,
      wishedDays: 31,
      country: 'TH',
      count: 2,
      language: 'th',
    };
    for (const code of REASON_CODES) {
      const text = reasonText(ts[lang], lang, { code, params, points: 1 }, country);
      expect(text, code).not.toMatch(/\{\{|\}\}|dispatch\./);
      expect(text, code).not.toBe(code);
    }
    const field = reasonText(ts[lang], lang, { code: 'field_exact', params, points: 120 }, country);
    expect(field).toContain(lang === 'ja' ? '廃棄物処理' : 'Solid Waste Management');
    const away = reasonText(ts[lang], lang, { code: 'already_dispatched', params, points: -1000 }, country);
    expect(away).toContain(lang === 'ja' ? '2027-07-01〜2027-07-31' : '2027-07-01 – 2027-07-31');
    if (lang === 'en') expect(away).toContain('Thailand');
  });
});

test('language codes are named in the UI language, unknown ones kept as they are', () => {
  expect(languageName('th', 'en')).toBe('Thai');
  expect(languageName('th', 'ja')).toBe('タイ語');
  expect(languageName('zz-invalid-!!', 'en')).toBe('zz-invalid-!!');
});
