import { describe, expect, test } from 'vitest';
import { TraineeInput, type TraineeInputRaw } from './schema';

const valid: TraineeInputRaw = {
  fullName: 'Nguyễn Thị Lan',
  gender: 'female',
  dateOfBirth: '1992-02-29',
  country: 'VN',
  homeGovernment: 'Hue City',
  fieldId: 2,
  fiscalYear: 2026,
};

/** path → message of every issue, for readable assertions. */
function issues(input: unknown): Record<string, string> {
  const result = TraineeInput.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('TraineeInput', () => {
  test('the smallest valid record gets its defaults and nulls', () => {
    const t = TraineeInput.parse(valid);
    expect(t).toMatchObject({ japaneseLevel: 'none', status: 'applicant', familyName: null, passportNumber: null });
  });

  test('every required field is named when missing', () => {
    expect(issues({})).toEqual({
      fullName: 'required',
      gender: 'invalid_choice',
      dateOfBirth: 'required',
      country: expect.any(String),
      homeGovernment: 'required',
      fieldId: 'invalid_type',
      fiscalYear: 'required',
    });
  });

  test('blank required text is "required"; text is trimmed; blank optional text is null', () => {
    expect(issues({ ...valid, fullName: '   ' })).toEqual({ fullName: 'required' });
    const t = TraineeInput.parse({ ...valid, fullName: '  Lan  ', notes: '  ', department: '' });
    expect([t.fullName, t.notes, t.department]).toEqual(['Lan', null, null]);
  });

  test('text that is not well-formed UTF-16 (a lone surrogate) is invalid_text, emoji are fine', () => {
    expect(issues({ ...valid, fullName: 'Lan \uD800' })).toEqual({ fullName: 'invalid_text' });
    expect(issues({ ...valid, notes: '\uDFFF' })).toEqual({ notes: 'invalid_text' });
    expect(issues({ ...valid, fullName: 'Lan 🙂', notes: '𠮷' })).toEqual({});
  });

  test('over-long text is too_long', () => {
    expect(issues({ ...valid, fullName: 'x'.repeat(201) })).toEqual({ fullName: 'too_long' });
    expect(TraineeInput.safeParse({ ...valid, fullName: 'x'.repeat(200) }).success).toBe(true);
  });

  test('the katakana reading accepts katakana (full and half width, ・ and ー) only', () => {
    for (const ok of ['グエン・ティ・ラン', 'ｸﾞｴﾝ ﾗﾝ', 'ラーン'])
      expect(issues({ ...valid, katakanaName: ok })).toEqual({});
    for (const bad of ['ぐえん', 'Lan', '蘭', 'ラン1']) {
      expect(issues({ ...valid, katakanaName: bad })).toEqual({ katakanaName: 'katakana_only' });
    }
  });

  test('dates must be real calendar dates', () => {
    expect(issues({ ...valid, dateOfBirth: '1993-02-29' })).toEqual({ dateOfBirth: 'invalid_date' });
    expect(issues({ ...valid, passportExpiry: '2030-13-01' })).toEqual({ passportExpiry: 'invalid_date' });
    expect(issues({ ...valid, arrivalDate: 20260401 })).toEqual({ arrivalDate: 'invalid_date' });
  });

  test('departure must come after arrival, and birth before arrival', () => {
    expect(issues({ ...valid, arrivalDate: '2026-04-10', departureDate: '2026-04-10' })).toEqual({
      departureDate: 'departure_before_arrival',
    });
    expect(issues({ ...valid, dateOfBirth: '2026-05-01', arrivalDate: '2026-04-10' })).toEqual({
      dateOfBirth: 'birth_after_arrival',
    });
  });

  test('email and phone are checked', () => {
    expect(issues({ ...valid, email: 'lan@' })).toEqual({ email: 'invalid_email' });
    expect(issues({ ...valid, email: 'lan@example.vn', phone: '+84 (0)234 567.890' })).toEqual({});
    expect(issues({ ...valid, phone: 'call me' })).toEqual({ phone: 'invalid_phone' });
  });

  test('passport numbers are trimmed, upper-cased and must be 5–20 letters or digits', () => {
    expect(TraineeInput.parse({ ...valid, passportNumber: ' c1234567 ' }).passportNumber).toBe('C1234567');
    for (const bad of ['C12', 'C123 4567', 'C-1234567', 'x'.repeat(21)]) {
      expect(Object.keys(issues({ ...valid, passportNumber: bad }))).toEqual(['passportNumber']);
    }
  });

  test('choices and numbers are checked', () => {
    expect(issues({ ...valid, gender: 'other', status: 'gone', japaneseLevel: 'N6' })).toEqual({
      gender: 'invalid_choice',
      status: 'invalid_choice',
      japaneseLevel: 'invalid_choice',
    });
    expect(issues({ ...valid, fiscalYear: 1989 })).toEqual({ fiscalYear: 'out_of_range' });
    expect(issues({ ...valid, fiscalYear: 2026.5 })).toEqual({ fiscalYear: 'invalid_type' });
    expect(issues({ ...valid, country: 'vn' })).toEqual({ country: 'invalid_country' });
  });

  test('unknown fields are refused, not silently dropped', () => {
    expect(TraineeInput.safeParse({ ...valid, isAdmin: true }).success).toBe(false);
  });
});
