// The stale and needs-confirmation answers: thrown only when due, with the code, message and warnings
// the renderer acts on.
import { expect, test } from 'vitest';
import { type AppError, AppFailure } from '../../shared/result';
import { assertVersion, requireConfirmation } from './write-checks';

function failureOf(run: () => void): AppError {
  try {
    run();
  } catch (e) {
    if (e instanceof AppFailure) return e.error;
    throw e;
  }
  throw new Error('expected an AppFailure');
}

test('the version as opened passes; any other is stale, naming the record', () => {
  expect(() => assertVersion('The cohort of FY2026', 3, 3)).not.toThrow();
  for (const given of [2, 4]) {
    expect(failureOf(() => assertVersion('The cohort of FY2026', 3, given))).toEqual({
      code: 'stale',
      message:
        'The cohort of FY2026 was changed by someone else after you opened it. Reload to see the latest version.',
    });
  }
});

test('no warnings, or confirmed ones, pass; unconfirmed warnings ask with the message given', () => {
  const warnings = [{ code: 'possible_duplicate', params: { ref: 'FY2026-0001' } }];
  expect(() => requireConfirmation([], false, 'unused')).not.toThrow();
  expect(() => requireConfirmation(warnings, true, 'unused')).not.toThrow();
  expect(failureOf(() => requireConfirmation(warnings, false, 'Please confirm: a twin.'))).toEqual({
    code: 'needs_confirmation',
    message: 'Please confirm: a twin.',
    warnings,
  });
});
