import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { ASYNC_CHANNELS, channels, contract, features, READ_CHANNELS, SHELL_CHANNELS } from './contract';

const ROOT = path.resolve(import.meta.dirname, '..');
/** "specialistDispatch" → "specialist-dispatch": the folder a feature's name stands for. */
const folderOf = (feature: string) => feature.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

test('every channel says whether it reads or writes', () => {
  for (const channel of channels) expect(['read', 'write'], channel).toContain(contract[channel].kind);
});

test('a channel named for a change is never marked a read', () => {
  const changing =
    /\.(create|update|save|set|setActive|setMany|delete|remove|archive|restore|add|apply|import|commit|load|transition|cancel)$/;
  const misread = channels.filter((c) => changing.test(c) && READ_CHANNELS.has(c));
  expect(misread).toEqual([]);
});

test('the derived lists are exactly what the contract marks', () => {
  expect([...ASYNC_CHANNELS].sort()).toEqual(channels.filter((c) => 'async' in contract[c]).sort());
  expect([...SHELL_CHANNELS].sort()).toEqual([
    'files.chooseOpen',
    'files.chooseSave',
    'reports.print.dialog',
    'reports.print.savePdf',
  ]);
  expect([...ASYNC_CHANNELS]).toContain('backup.create');
});

test('a channel begins with its feature, and the feature is a folder on both sides', () => {
  const misnamed = Object.entries(features).flatMap(([feature, part]) =>
    Object.keys(part)
      .filter((channel) => !channel.startsWith(`${feature}.`))
      .map((channel) => `${channel} (in shared/${folderOf(feature)}/)`),
  );
  expect(misnamed).toEqual([]);
  for (const feature of Object.keys(features)) {
    expect(fs.existsSync(path.join(ROOT, 'shared', folderOf(feature))), `shared/${folderOf(feature)}/`).toBe(true);
    expect(
      fs.existsSync(path.join(ROOT, 'electron', 'core', folderOf(feature))),
      `electron/core/${folderOf(feature)}/`,
    ).toBe(true);
  }
});
