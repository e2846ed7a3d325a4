// The pure half of `npm test` (scripts/test.mjs): turning each runner's machine-readable report into
// counts, and the counts into a table and the closing line `N passed, N failed[, N skipped]`.
// No I/O here, so every rule is unit-tested (scripts/test-summary.test.ts).

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
/** Reports keep the runners' colours; a failure read in a log should not. */
export const stripAnsi = (text) => String(text).replace(ANSI, '');

/** A suite that produced no usable report counts as one failure, with the reason. */
export function couldNotRun(name, reason) {
  return { name, passed: 0, failed: 1, skipped: 0, failures: [{ name, message: reason }], note: reason };
}

/** A pass/fail step (type check, lint): one test. */
export function fromExitCode(name, code, output = '') {
  if (code === 0) return { name, passed: 1, failed: 0, skipped: 0, failures: [] };
  return {
    name,
    passed: 0,
    failed: 1,
    skipped: 0,
    failures: [{ name, message: output.trim() || `exit code ${code}` }],
  };
}

/** Vitest's `--reporter=json` report. A file that failed to load counts as a failure of its own. */
export function fromVitest(name, report, exitCode = 0) {
  const failures = [];
  let brokenFiles = 0;
  for (const file of report.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const t of failedTests) {
      failures.push({ name: t.fullName ?? t.title, message: stripAnsi((t.failureMessages ?? []).join('\n')) });
    }
    if (file.status === 'failed' && failedTests.length === 0) {
      brokenFiles++;
      failures.push({ name: file.name, message: file.message || 'the test file failed to run' });
    }
  }
  const result = {
    name,
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    failures,
  };
  if (result.failed === 0 && (exitCode !== 0 || report.success === false)) {
    const message = `vitest exited with code ${exitCode} without naming a failed test`;
    return { ...result, failed: 1, failures: [{ name, message }], note: message };
  }
  if (result.passed + result.failed + result.skipped === 0) return couldNotRun(name, 'no test ran');
  return result;
}

/** Every test in a Playwright JSON report (suites nest), with the file and titles that name it. */
function* playwrightTests(suite, titles = []) {
  const here = suite.title ? [...titles, suite.title] : titles;
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests ?? []) yield { name: [...here, spec.title].join(' › '), test };
  }
  for (const child of suite.suites ?? []) yield* playwrightTests(child, here);
}

/** Playwright's `json` reporter. Flaky (passed on retry) counts as passed; run-level errors as failures. */
export function fromPlaywright(name, report, exitCode = 0) {
  const stats = report.stats ?? {};
  const failures = [];
  for (const suite of report.suites ?? []) {
    for (const { name: testName, test } of playwrightTests(suite)) {
      if (test.status !== 'unexpected') continue;
      const last = test.results?.at(-1);
      failures.push({ name: testName, message: stripAnsi(last?.error?.message ?? last?.status ?? 'failed') });
    }
  }
  const errors = report.errors ?? [];
  for (const error of errors) failures.push({ name: `${name} (run)`, message: stripAnsi(error.message ?? error) });
  let failed = (stats.unexpected ?? 0) + errors.length;
  if (failed === 0 && exitCode !== 0) {
    failed = 1;
    failures.push({ name, message: `playwright exited with code ${exitCode} without naming a failed test` });
  }
  return {
    name,
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed,
    skipped: stats.skipped ?? 0,
    failures,
    ...(stats.flaky ? { note: `${stats.flaky} flaky (passed on retry)` } : {}),
  };
}

export function totals(suites) {
  return suites.reduce(
    (sum, s) => ({ passed: sum.passed + s.passed, failed: sum.failed + s.failed, skipped: sum.skipped + s.skipped }),
    { passed: 0, failed: 0, skipped: 0 },
  );
}

/** The closing line CI reads: `N passed, N failed`, plus `, N skipped` when any were. */
export function finalLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
}

export function formatDuration(ms) {
  if (ms == null) return '';
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

/** The per-suite table, one row a suite plus a total row. */
export function table(suites, totalMs) {
  const rows = [
    ['suite', 'passed', 'failed', 'skipped', 'time', ''],
    ...suites.map((s) => [s.name, s.passed, s.failed, s.skipped, formatDuration(s.ms), s.note ?? '']),
    ['total', ...Object.values(totals(suites)), formatDuration(totalMs), ''],
  ].map((row) => row.map(String));
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) =>
    r
      .map((cell, i) => (i === 0 || i === r.length - 1 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  const rule = '-'.repeat(widths.slice(0, -1).reduce((sum, w) => sum + w + 2, 0) + widths.at(-1));
  return [line(rows[0]), rule, ...rows.slice(1, -1).map(line), rule, line(rows.at(-1))];
}

/** Exit code of the whole run: 1 when anything failed or could not run. */
export function exitCode(suites) {
  return suites.some((s) => s.failed > 0) ? 1 : 0;
}
