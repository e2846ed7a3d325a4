// Test helper (not app code): a real core whose clock a test can move to any day, and the checks the
// cohort tests share. The clock reads midday UTC so "today" is the same date in every time zone.
import { expect } from 'vitest';
import type { AppError } from '../../../../shared/result';
import { openTestCore, snapshot, type TestCore, traineeInput } from '../../../../tests/support/test-core';

export interface CohortTestCore extends TestCore {
  /** Moves the clock to midday (UTC) of an ISO date. */
  setToday(date: string): void;
  /** A call that must be refused, having written nothing at all. */
  refused(channel: Parameters<TestCore['fail']>[0], input: unknown): AppError;
  /** Registers a trainee (distinct passport and name each time); returns its id. */
  trainee(overrides?: Parameters<typeof traineeInput>[0]): number;
  auditCount(): number;
}

export function openCohortCore(today = '2026-06-01'): CohortTestCore {
  let t = Date.parse(`${today}T12:00:00.000Z`);
  const core = openTestCore({
    now: () => {
      t += 1000;
      return new Date(t);
    },
  });
  let n = 0;
  return Object.assign(core, {
    setToday(date: string) {
      t = Date.parse(`${date}T12:00:00.000Z`);
    },
    refused(channel: Parameters<TestCore['fail']>[0], input: unknown) {
      const before = snapshot(core.core);
      const error = core.fail(channel, input);
      expect(error.message.length).toBeGreaterThan(0);
      expect(snapshot(core.core)).toEqual(before);
      return error;
    },
    trainee(overrides: Parameters<typeof traineeInput>[0] = {}) {
      n += 1;
      const data = traineeInput({
        fullName: `Trainee ${n}`,
        passportNumber: `TP${String(n).padStart(7, '0')}`,
        ...overrides,
      });
      return core.ok('trainees.create', { data, confirm: true }).trainee.id;
    },
    auditCount() {
      return core.core.db.raw.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
    },
  });
}
