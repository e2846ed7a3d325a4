import { expect, test } from 'vitest';
import { ASYNC_CHANNELS, channels, contract, READ_CHANNELS, SHELL_CHANNELS } from './contract';

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
