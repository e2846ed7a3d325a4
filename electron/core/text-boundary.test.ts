// Text at the boundary, through the real core: what a paste brings that no one can see is folded
// away before anything is stored, and names that only look alike are caught as possible duplicates.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openTestCore, type TestCore, traineeInput } from '../../tests/support/test-core';
import { hostData } from './hosts/__tests__/arbitraries';
import { specialistData } from './specialist-dispatch/__tests__/arbitraries';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

const createTrainee = (overrides: Parameters<typeof traineeInput>[0], confirm = false) =>
  t.core.dispatch('trainees.create', { data: traineeInput(overrides), confirm });

describe('what enters is stored as it looks', () => {
  test('NFC, invisible characters gone, idle joiners gone, full-width codes as ASCII', () => {
    const saved = t.ok('trainees.create', {
      data: traineeInput({
        fullName: '\u200D\u202ENguye\u0302\u0303n\u00A0Va\u200Bn An\uFEFF',
        nativeName: 'क्\u200Dष',
        passportNumber: 'ｃ１２３４５６７',
        phone: '＋８１\u3000９０ー１２３４ー５６７８',
        email: 'ａｎ＠ｅｘａｍｐｌｅ．ｏｒｇ',
      }),
    }).trainee;
    expect(saved).toMatchObject({
      fullName: 'Nguyễn Van An',
      nativeName: 'क्\u200Dष',
      passportNumber: 'C1234567',
      phone: '+81 90-1234-5678',
      email: 'an@example.org',
    });
    expect(t.ok('trainees.get', { id: saved.id }).fullName).toBe('Nguyễn Van An');
  });

  test('a full-width passport number is the same passport as its ASCII twin', () => {
    t.ok('trainees.create', { data: traineeInput({ passportNumber: 'AB1234567' }) });
    const result = createTrainee({ fullName: 'Someone Else', passportNumber: 'ＡＢ１２３４５６７' }, true);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues?.[0]?.code).toBe('passport_exists');
  });
});

describe('names with invisible differences are not different people', () => {
  test('a trainee whose name has a Cyrillic look-alike letter is a possible duplicate, and mixed', () => {
    const first = t.ok('trainees.create', {
      data: traineeInput({ fullName: 'Anna Nguyen', passportNumber: 'A1111111' }),
    }).trainee;
    const result = createTrainee({ fullName: 'Аnna Nguyen', passportNumber: 'A2222222' }); // Cyrillic А
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('needs_confirmation');
    expect(result.error.warnings).toEqual([
      { code: 'possible_duplicate', params: { ref: first.ref, name: 'Anna Nguyen' } },
      { code: 'mixed_scripts', params: { field: 'fullName', word: 'Аnna', scripts: 'Cyrillic, Latin' } },
    ]);
  });

  test('the other way round: a stored look-alike name is found from the Latin one', () => {
    const first = t.ok('trainees.create', {
      data: traineeInput({ fullName: 'ΚΟΗ Ling', passportNumber: 'A1111111' }), // Greek Κ, Ο, Η
      confirm: true,
    }).trainee;
    const result = createTrainee({ fullName: 'Koh Ling', passportNumber: 'A2222222' });
    expect(!result.ok && result.error.warnings).toEqual([
      { code: 'possible_duplicate', params: { ref: first.ref, name: 'ΚΟΗ Ling' } },
    ]);
  });

  test('a joiner inside a Latin name is dropped, so the names are equal', () => {
    t.ok('trainees.create', { data: traineeInput({ fullName: 'Anna Lee', passportNumber: 'A1111111' }) });
    const result = createTrainee({ fullName: 'An\u200Dna Lee', passportNumber: 'A2222222' });
    expect(!result.ok && result.error.warnings?.map((w) => w.code)).toEqual(['possible_duplicate']);
  });

  test('a host named with a Cyrillic letter is a possible duplicate of the Latin one', () => {
    const first = t.ok('hosts.create', { data: hostData() }).host;
    const result = t.core.dispatch('hosts.create', {
      data: hostData({ nameEn: 'Аobakawa City', nameJa: '別の名前' }),
    });
    expect(!result.ok && result.error.warnings).toEqual([
      { code: 'possible_duplicate_host', params: { id: first.id, nameEn: first.nameEn, nameJa: first.nameJa } },
      { code: 'mixed_scripts', params: { field: 'nameEn', word: 'Аobakawa', scripts: 'Cyrillic, Latin' } },
    ]);
  });

  test('a specialist named with a Greek letter is a possible duplicate of the Latin one', () => {
    const first = t.ok('specialistDispatch.specialists.create', { data: specialistData(), confirm: false }).specialist;
    const result = t.core.dispatch('specialistDispatch.specialists.create', {
      data: specialistData({ nameEn: 'Sατο Ken' }), // Greek α, τ (τ is not folded: still a different name)
      confirm: false,
    });
    expect(!result.ok && result.error.warnings?.map((w) => w.code)).toEqual(['mixed_scripts']);
    const twin = t.core.dispatch('specialistDispatch.specialists.create', {
      data: specialistData({ nameEn: 'Sato Kеn' }), // Cyrillic е
      confirm: false,
    });
    expect(!twin.ok && twin.error.warnings?.[0]).toEqual({
      code: 'possible_duplicate_specialist',
      params: { id: first.id, nameEn: 'Sato Ken', homeGovernment: 'Sendai City' },
    });
  });
});
