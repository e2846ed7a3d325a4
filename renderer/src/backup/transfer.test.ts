// The file names a download and an export get.
import { expect, test } from 'vitest';
import { attachmentName } from '../api/files';
import { exportFileName } from './transfer';

test('an export is named by the local day it was made', () => {
  expect(exportFileName(new Date(2026, 0, 5, 23, 30))).toBe('clair-desk-all-data-2026-01-05.sqlite');
});

test('a download keeps the name the server gave, else the fallback', () => {
  expect(attachmentName('attachment; filename="clair-desk-manual-20260601T120000000Z.sqlite"', 'x')).toBe(
    'clair-desk-manual-20260601T120000000Z.sqlite',
  );
  expect(attachmentName(null, 'clair-desk.sqlite')).toBe('clair-desk.sqlite');
  expect(attachmentName('attachment', 'clair-desk.sqlite')).toBe('clair-desk.sqlite');
});
