// Settings through dispatch: stored in the database, so they follow the data across restarts.
import fs from 'node:fs';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { openTestCore, snapshot, type TestCore } from '../../../tests/support/test-core';
import { openCore } from '../app';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';

const dates = { dateOrder: 'dmy', dateDisplay: 'western' } as const;

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

test('start empty, are updated field by field, and are audited', () => {
  expect(t.ok('settings.get', {})).toEqual({ language: null, staffName: null, ...dates });
  expect(t.ok('settings.update', { language: 'ja' })).toEqual({ language: 'ja', staffName: null, ...dates });
  expect(t.ok('settings.update', { staffName: '  Sato Hanako ' })).toEqual({
    language: 'ja',
    staffName: 'Sato Hanako',
    ...dates,
  });
  expect(t.ok('audit.list', { entity: 'settings', limit: 1 })[0]).toMatchObject({
    action: 'update',
    before: { language: 'ja', staffName: null, ...dates },
    after: { language: 'ja', staffName: 'Sato Hanako', ...dates },
    actor: 'Sato Hanako',
  });
  // An empty name clears it; the actor falls back to "staff".
  expect(t.ok('settings.update', { staffName: '' }).staffName).toBeNull();
  t.ok('settings.update', { language: 'en' });
  expect(t.ok('audit.list', { limit: 1 })[0]?.actor).toBe('staff');
});

test('the date order and date display default to day first and Western dates, and are set and audited', () => {
  expect(t.ok('settings.update', { dateOrder: 'mdy' })).toEqual({
    language: null,
    staffName: null,
    dateOrder: 'mdy',
    dateDisplay: 'western',
  });
  expect(t.ok('audit.list', { entity: 'settings', limit: 1 })[0]).toMatchObject({
    action: 'update',
    before: { dateOrder: 'dmy', dateDisplay: 'western' },
    after: { dateOrder: 'mdy', dateDisplay: 'western' },
  });
  for (const dateDisplay of ['era', 'both', 'western'] as const) {
    expect(t.ok('settings.update', { dateDisplay })).toMatchObject({ dateOrder: 'mdy', dateDisplay });
  }
  expect(t.ok('settings.update', { dateOrder: 'dmy', dateDisplay: 'both' })).toMatchObject({
    dateOrder: 'dmy',
    dateDisplay: 'both',
  });
  expect(t.ok('settings.get', {})).toEqual({ language: null, staffName: null, dateOrder: 'dmy', dateDisplay: 'both' });
  // Setting a value it already has changes nothing and is not logged.
  const entries = t.ok('audit.list', { entity: 'settings' }).length;
  t.ok('settings.update', { dateOrder: 'dmy' });
  expect(t.ok('audit.list', { entity: 'settings' })).toHaveLength(entries);
});

test('a stored date preference the app does not know reads as the default', () => {
  t.core.db.raw.prepare("INSERT INTO settings (key, value) VALUES ('dateOrder', 'ymd'), ('dateDisplay', 'x')").run();
  expect(t.ok('settings.get', {})).toMatchObject(dates);
});

test('are remembered when the app opens the same data folder again', () => {
  t.ok('settings.update', { language: 'ja', staffName: 'Sato', dateOrder: 'mdy', dateDisplay: 'era' });
  t.core.close();
  const again = openCore({ dataDir: t.dir, mode: 'browser', version: 'test' });
  try {
    expect(again.dispatch('settings.get', {})).toEqual({
      ok: true,
      value: { language: 'ja', staffName: 'Sato', dateOrder: 'mdy', dateDisplay: 'era' },
    });
  } finally {
    again.close();
  }
  expect(fs.existsSync(t.dir)).toBe(true);
});

test('an unknown language or field is refused and nothing is written', () => {
  const before = snapshot(t.core);
  expect(t.fail('settings.update', { language: 'fr' }).issues).toEqual([{ path: 'language', code: 'invalid_choice' }]);
  expect(t.fail('settings.update', { dateOrder: 'ymd' }).issues).toEqual([
    { path: 'dateOrder', code: 'invalid_choice' },
  ]);
  expect(t.fail('settings.update', { dateDisplay: 'japanese' }).issues).toEqual([
    { path: 'dateDisplay', code: 'invalid_choice' },
  ]);
  expect(t.fail('settings.update', { dateOrder: 'mdy', dateDisplay: 'ERA' }).issues).toEqual([
    { path: 'dateDisplay', code: 'invalid_choice' },
  ]);
  expect(t.fail('settings.update', { dateOrder: null }).issues?.[0]).toMatchObject({ path: 'dateOrder' });
  expect(t.fail('settings.update', { theme: 'dark' }).issues?.[0]?.code).toBe('unknown_field');
  expect(t.fail('settings.update', { staffName: 'x'.repeat(121) }).issues?.[0]?.code).toBe('too_long');
  expect(snapshot(t.core)).toEqual(before);
});

test('app.info tells the version, schema, mode, data folder and whether the demo is open', () => {
  expect(t.ok('settings.app.info', {})).toEqual({
    name: 'CLAIR Desk',
    version: '0.0.0-test',
    schemaVersion: LATEST_SCHEMA_VERSION,
    mode: 'browser',
    dataDir: t.dir,
    demo: false,
  });
});
