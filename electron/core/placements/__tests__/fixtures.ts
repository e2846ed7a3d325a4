// Test helper (not app code): hosts and cohorts inserted straight into their tables, so the placement
// tests do not depend on the hosts and cohorts services, plus a trainee and a placement maker.
import type { Input } from '../../../../shared/contract';
import type { TestCore } from '../../../../tests/support/test-core';
import { traineeInput } from '../../../../tests/support/test-core';
import type { Db } from '../../db/database';
import { insertInto } from '../../db/sql-build';

const AT = '2026-01-01T00:00:00.000Z';

export interface HostFixture {
  nameEn?: string;
  capacity?: number;
  active?: boolean;
  prefecture?: number;
  /** Field ids the host offers (1 = General administration). */
  fields?: number[];
}

let hostNumber = 0;

export function insertHost(db: Db, h: HostFixture = {}): number {
  const name = h.nameEn ?? `Host ${++hostNumber}`;
  const { lastInsertRowid } = db.run(
    insertInto('hosts', {
      name_en: name,
      name_ja: `${name}（日本語）`,
      kind: 'city',
      prefecture: h.prefecture ?? 13,
      capacity: h.capacity ?? 2,
      active: h.active === false ? 0 : 1,
      created_at: AT,
      updated_at: AT,
      search_key: name.toLowerCase(),
      name_key: name.toLowerCase(),
    }),
  );
  const id = Number(lastInsertRowid);
  for (const field of h.fields ?? [1]) db.run(insertInto('host_fields', { host_id: id, field_id: field }));
  return id;
}

export interface CohortFixture {
  fiscalYear: number;
  introStart: string;
  introEnd: string;
  programmeStart?: string;
  programmeEnd?: string;
}

export function insertCohort(db: Db, c: CohortFixture): number {
  const { lastInsertRowid } = db.run(
    insertInto('cohorts', {
      fiscal_year: c.fiscalYear,
      intro_start: c.introStart,
      intro_end: c.introEnd,
      programme_start: c.programmeStart ?? c.introStart,
      programme_end: c.programmeEnd ?? `${c.fiscalYear + 1}-03-31`,
      created_at: AT,
      updated_at: AT,
    }),
  );
  return Number(lastInsertRowid);
}

let passport = 0;

/** A trainee of FY2026 in field 1 (arrival 2026-04-10, departure 2027-02-20 unless overridden). */
export function addTrainee(t: TestCore, overrides: Parameters<typeof traineeInput>[0] = {}): number {
  return t.ok('trainees.create', {
    data: traineeInput({
      passportNumber: `PL${String(++passport).padStart(7, '0')}`,
      fullName: `Trainee ${passport}`,
      arrivalDate: '2026-04-10',
      departureDate: '2027-02-20',
      ...overrides,
    }),
    confirm: true,
  }).trainee.id;
}

export type CreateInput = Input<'placements.create'>;

/** Creates a placement that must be accepted; returns it. */
export function place(t: TestCore, input: CreateInput) {
  return t.ok('placements.create', input).placement;
}
