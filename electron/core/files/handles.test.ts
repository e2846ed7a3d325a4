// The registry of chosen files: handles are random, bound to their use, expire, and a save handle is
// used once; an open handle lasts from the inspection to the restore it was chosen for.
import path from 'node:path';
import { expect, test } from 'vitest';
import { FileHandle } from '../../../shared/files/schema';
import { AppFailure } from '../../../shared/result';
import { createFileHandles, HANDLE_TTL_MS } from './handles';

const file = path.resolve('some folder', 'CLAIR Desk backup.sqlite');
const open = { purpose: 'backup', mode: 'open' } as const;
const save = { purpose: 'backup', mode: 'save' } as const;

function failure(run: () => unknown): AppFailure['error'] {
  try {
    run();
  } catch (error) {
    if (error instanceof AppFailure) return error.error;
    throw error;
  }
  throw new Error('expected a failure');
}

test('a handle is unguessable, fits the contract, and shows only the file name', () => {
  const handles = createFileHandles();
  const a = handles.register(file, open);
  const b = handles.register(file, open);
  expect(a.name).toBe('CLAIR Desk backup.sqlite');
  expect(a.handle).not.toBe(b.handle);
  expect(FileHandle.safeParse(a.handle).success).toBe(true);
  expect(a.handle).not.toContain(path.sep);
  expect(handles.resolve(a.handle, open)).toBe(file);
});

test('an open handle serves inspect and apply until it is released', () => {
  const handles = createFileHandles();
  const { handle } = handles.register(file, open);
  expect(handles.resolve(handle, open)).toBe(file);
  expect(handles.resolve(handle, open)).toBe(file);
  handles.release(handle);
  expect(failure(() => handles.resolve(handle, open))).toMatchObject({
    code: 'invalid_input',
    issues: [{ path: 'handle', code: 'choose_file_again' }],
  });
});

test('a save handle is used once', () => {
  const handles = createFileHandles();
  const { handle } = handles.register(file, save);
  expect(handles.resolve(handle, save)).toBe(file);
  expect(failure(() => handles.resolve(handle, save)).issues).toEqual([{ path: 'handle', code: 'choose_file_again' }]);
});

test('a handle is bound to its purpose and mode', () => {
  const handles = createFileHandles();
  const { handle } = handles.register(file, save);
  expect(failure(() => handles.resolve(handle, open, 'source.handle')).issues).toEqual([
    { path: 'source.handle', code: 'choose_file_again' },
  ]);
  // The wrong use does not spend it.
  expect(handles.resolve(handle, save)).toBe(file);
});

test('handles expire', () => {
  let now = 1_000;
  const handles = createFileHandles({ now: () => now });
  const { handle } = handles.register(file, open);
  now += HANDLE_TTL_MS - 1;
  expect(handles.resolve(handle, open)).toBe(file);
  now += 1;
  expect(failure(() => handles.resolve(handle, open)).message).toMatch(/Choose the file again/);
});

test('unknown handles and relative paths are refused', () => {
  const handles = createFileHandles();
  expect(failure(() => handles.resolve('0f0e0d0c-0b0a-4908-8706-050403020100', open)).code).toBe('invalid_input');
  expect(() => handles.register('relative.sqlite', open)).toThrow(/full path/);
});
