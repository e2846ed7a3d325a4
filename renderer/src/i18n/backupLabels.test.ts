// The words and numbers of the backup screen: sizes, counts, dates with fiscal years, refusals.
import i18next, { type TFunction } from 'i18next';
import { describe, expect, test } from 'vitest';
import backupEn from '../backup/locales/en.json';
import backupJa from '../backup/locales/ja.json';
import recoveryEn from '../recovery/locales/en.json';
import recoveryJa from '../recovery/locales/ja.json';
import { countsText, madeAt, problemParams, problemText, schemaDifferencesText, sizeParts } from './backupLabels';

// A stand-in for i18next's t: the key (with its count), or the default value for a key it has no words for.
const KNOWN = new Set(['backup.problem.not_sqlite', 'backup.problem.unknown']);
const t = ((key: string, options?: { count?: number; defaultValue?: string }) => {
  if (options?.count !== undefined) return `${key}:${options.count}`;
  if (key.startsWith('backup.problem.') && !KNOWN.has(key)) return options?.defaultValue;
  return key;
}) as unknown as TFunction;

test('sizes read in the unit that suits them', () => {
  expect(sizeParts(0)).toEqual({ unit: 'B', n: '0' });
  expect(sizeParts(1023)).toEqual({ unit: 'B', n: '1023' });
  expect(sizeParts(1536)).toEqual({ unit: 'KB', n: '1.5' });
  expect(sizeParts(250 * 1024)).toEqual({ unit: 'KB', n: '250' });
  expect(sizeParts(104_857_600)).toEqual({ unit: 'MB', n: '100' });
  expect(sizeParts(3 * 1024 ** 3)).toEqual({ unit: 'GB', n: '3.0' });
  expect(sizeParts(5000 * 1024 ** 3)).toEqual({ unit: 'GB', n: '5000' });
});

test('counts name trainees, hosts, placements and progress entries', () => {
  const counts = { trainees: 3, hosts: 1, placements: 0, progressEntries: 12, cohorts: 1, auditEntries: 40 };
  expect(countsText(t, counts)).toBe(
    'backup.count.trainees:3 · backup.count.hosts:1 · backup.count.placements:0 · backup.count.progressEntries:12',
  );
});

test('the date is local, to the minute, with the fiscal year of that day', () => {
  const local = new Date(2026, 2, 31, 23, 59);
  expect(madeAt(local.toISOString(), 'en')).toEqual({ when: '2026-03-31 23:59', fy: 'FY2025' });
  expect(madeAt(new Date(2026, 3, 1, 0, 5).toISOString(), 'en').fy).toBe('FY2026');
  expect(madeAt('not a date', 'en')).toEqual({ when: 'not a date', fy: '' });
});

test('a problem code without words falls back to the general sentence', () => {
  expect(problemText(t, { code: 'x' })).toBe('backup.problem.unknown');
  expect(problemText(t, { code: 'not_sqlite' })).toBe('backup.problem.not_sqlite');
});

describe.each(['en', 'ja'] as const)('a schema difference in %s', (lang) => {
  const tr = async () => {
    const i = i18next.createInstance();
    const bundle = { ...(lang === 'en' ? backupEn : backupJa), ...(lang === 'en' ? recoveryEn : recoveryJa) };
    await i.init({ lng: lang, resources: { [lang]: { translation: bundle } }, interpolation: { escapeValue: false } });
    return i.t;
  };
  const params = {
    schemaVersion: 7,
    objects: 'missing table placements\naltered index audit_at\nextra table notes',
    count: 5,
  };

  test('names each object with its type, and counts the rest', async () => {
    const text = schemaDifferencesText(await tr(), params);
    expect(text).toContain('placements');
    expect(text).toContain('audit_at');
    expect(text).toContain('notes');
    expect(text).toContain(lang === 'en' ? 'and 2 more' : 'ほか 2 件');
    expect(text).toContain(lang === 'en' ? 'table “placements” is missing' : 'テーブル「placements」がありません');
  });

  test('the refusal and the recovery reason are whole sentences with the list in them', async () => {
    const t = await tr();
    for (const text of [
      problemText(t, { code: 'schema_mismatch', params }),
      t('recovery.reason.schema_mismatch', problemParams(t, params)),
    ]) {
      expect(text).toContain(schemaDifferencesText(t, params));
      expect(text).toContain('7');
      expect(text).not.toMatch(/\{\{|\}\}|backup\.(problem|schema)|recovery\.reason/);
    }
  });

  test('without the count, only the named objects are said', async () => {
    expect(schemaDifferencesText(await tr(), { objects: 'missing trigger x' })).not.toMatch(/more|ほか/);
  });
});
