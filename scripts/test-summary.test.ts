// The pure parts of `npm test`: reading each runner's report, summing, the table and the closing line.
import { describe, expect, test } from 'vitest';
import {
  couldNotRun,
  exitCode,
  finalLine,
  formatDuration,
  fromExitCode,
  fromPlaywright,
  fromVitest,
  stripAnsi,
  table,
  totals,
} from './test-summary.mjs';

// Shapes as Vitest 4's json reporter writes them (trimmed).
const vitestReport = {
  numPassedTests: 1,
  numFailedTests: 1,
  numPendingTests: 1,
  numTodoTests: 1,
  success: false,
  testResults: [
    {
      name: '/repo/a.test.ts',
      status: 'failed',
      message: '',
      assertionResults: [
        { fullName: 'ok', status: 'passed', failureMessages: [] },
        { fullName: 'group bad', status: 'failed', failureMessages: ['AssertionError: expected 1 to be 2'] },
        { fullName: 'skipped', status: 'skipped', failureMessages: [] },
        { fullName: 'todo', status: 'todo', failureMessages: [] },
      ],
    },
    { name: '/repo/b.test.ts', status: 'failed', message: 'load failure', assertionResults: [] },
  ],
};

// Shapes as Playwright 1.65's json reporter writes them (trimmed).
const pwTest = (status: string, results: unknown[] = []) => ({ status, results });
const playwrightReport = {
  stats: { expected: 3, unexpected: 1, flaky: 1, skipped: 2 },
  errors: [],
  suites: [
    {
      title: 'list.spec.ts',
      specs: [{ title: 'top', tests: [pwTest('expected')] }],
      suites: [
        {
          title: 'search',
          specs: [
            { title: 'finds', tests: [pwTest('expected')] },
            {
              title: 'sorts',
              tests: [
                pwTest('unexpected', [{ status: 'failed', error: { message: '\u001b[31mExpected: 2\u001b[39m' } }]),
              ],
            },
            { title: 'retried', tests: [pwTest('flaky')] },
          ],
        },
      ],
    },
  ],
};

describe('reading reports', () => {
  test('vitest: passed, failed (a file that did not load included), skipped and todo', () => {
    const r = fromVitest('unit', vitestReport, 1);
    expect([r.passed, r.failed, r.skipped]).toEqual([1, 2, 2]);
    expect(r.failures).toEqual([
      { name: 'group bad', message: 'AssertionError: expected 1 to be 2' },
      { name: '/repo/b.test.ts', message: 'load failure' },
    ]);
  });

  test('vitest: a failed run that names no failed test still fails', () => {
    const r = fromVitest('unit', { numPassedTests: 5, numFailedTests: 0, success: false, testResults: [] }, 1);
    expect([r.passed, r.failed]).toEqual([5, 1]);
    expect(fromVitest('unit', { numPassedTests: 5, success: true, testResults: [] }, 2).failed).toBe(1);
  });

  test('vitest: a run with no test at all is a failure, not a pass', () => {
    expect(fromVitest('unit', { numPassedTests: 0, success: true, testResults: [] }).failed).toBe(1);
  });

  test('playwright: expected and flaky pass, unexpected fail, skipped are counted; failures named in full', () => {
    const r = fromPlaywright('e2e', playwrightReport, 1);
    expect([r.passed, r.failed, r.skipped]).toEqual([4, 1, 2]);
    expect(r.failures).toEqual([{ name: 'list.spec.ts › search › sorts', message: 'Expected: 2' }]);
    expect(r.note).toMatch(/1 flaky/);
  });

  test('playwright: run-level errors (global set-up, no tests found) are failures', () => {
    const r = fromPlaywright('e2e', { stats: { expected: 0 }, errors: [{ message: 'No tests found' }], suites: [] }, 1);
    expect(r.failed).toBe(1);
    expect(r.failures[0]?.message).toBe('No tests found');
    expect(fromPlaywright('e2e', { stats: { expected: 2 }, suites: [] }, 1).failed).toBe(1);
  });

  test('playwright: a run where everything was skipped passes with the skips counted', () => {
    const r = fromPlaywright('electron', { stats: { expected: 0, unexpected: 0, skipped: 4 }, suites: [] }, 0);
    expect([r.passed, r.failed, r.skipped]).toEqual([0, 0, 4]);
  });

  test('pass/fail steps and steps that could not run', () => {
    expect(fromExitCode('lint', 0)).toMatchObject({ passed: 1, failed: 0 });
    expect(fromExitCode('lint', 1, 'x.ts: bad\n')).toMatchObject({
      passed: 0,
      failed: 1,
      failures: [{ message: 'x.ts: bad' }],
    });
    expect(couldNotRun('e2e', 'no report written')).toMatchObject({ passed: 0, failed: 1, note: 'no report written' });
  });

  test('colour codes are taken out of messages', () => {
    expect(stripAnsi('\u001b[2mexpect(\u001b[22m\u001b[31mreceived\u001b[39m)')).toBe('expect(received)');
  });
});

describe('summing and the closing line', () => {
  const suites = [
    { ...fromExitCode('type check', 0), ms: 1500 },
    { ...fromVitest('unit', vitestReport, 1), ms: 65_000 },
    { ...fromPlaywright('electron', { stats: { skipped: 4 }, suites: [] }), ms: 3000, note: 'no Electron binary' },
  ];

  test('totals add every suite', () => {
    expect(totals(suites)).toEqual({ passed: 2, failed: 2, skipped: 6 });
  });

  test('the closing line is "N passed, N failed", with skipped only when there are any', () => {
    expect(finalLine({ passed: 280, failed: 0, skipped: 0 })).toBe('280 passed, 0 failed');
    expect(finalLine({ passed: 280, failed: 1, skipped: 5 })).toBe('280 passed, 1 failed, 5 skipped');
    expect(finalLine({ passed: 0, failed: 1, skipped: 0 })).toMatch(/^\d+ passed, \d+ failed$/);
  });

  test('the exit code is 1 when anything failed', () => {
    expect(exitCode(suites)).toBe(1);
    expect(exitCode([fromExitCode('lint', 0)])).toBe(0);
  });

  test('the table has a row per suite and a total, columns aligned', () => {
    const lines = table(suites, 70_000);
    expect(lines[0]).toMatch(/^suite\s+passed\s+failed\s+skipped\s+time/);
    expect(lines).toHaveLength(suites.length + 4);
    expect(lines[2]).toMatch(/^type check\s+1\s+0\s+0\s+1\.5 s$/);
    expect(lines[4]).toMatch(/electron\s+0\s+0\s+4\s+3\.0 s\s+no Electron binary$/);
    expect(lines.at(-1)).toMatch(/^total\s+2\s+2\s+6\s+1 min 10 s$/);
    const column = (line: string | undefined) => line?.indexOf('passed') ?? -1;
    expect(lines.slice(2).every((l) => l.length >= column(lines[0]))).toBe(true);
  });

  test('durations read as seconds, then minutes', () => {
    expect(formatDuration(1234)).toBe('1.2 s');
    expect(formatDuration(125_000)).toBe('2 min 05 s');
    expect(formatDuration(undefined)).toBe('');
  });
});
