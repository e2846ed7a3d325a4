// The one mapping from the contract's answers to a form's fields.
import { expect, test } from 'vitest';
import { z } from 'zod';
import { issueProblems, problemKey, schemaProblems, withoutChanged } from './problems';

test('paths lose the data. prefix; a list shown as one input takes its items’ problems', () => {
  expect(problemKey('data.summary')).toBe('summary');
  expect(problemKey('data.fieldIds.3', ['fieldIds'])).toBe('fieldIds');
  expect(problemKey('availability.1.end', ['fieldIds'])).toBe('availability.1.end');
});

const Schema = z.strictObject({
  name: z.string().min(1, 'required').max(5),
  kana: z.string().refine((v) => /^[ア-ン]*$/.test(v), 'katakana_only'),
  count: z.number(),
});

test('the schema’s problems: empty is required, a code message is kept, limits carry their values', () => {
  expect(schemaProblems(Schema, { name: 'too long here', kana: 'abc' })).toEqual({
    name: { code: 'invalid_value', params: { max: 5 } },
    kana: { code: 'katakana_only' },
    count: { code: 'required' },
  });
  expect(schemaProblems(Schema, { name: 'Budi', kana: 'ブディ', count: 1 })).toEqual({});
});

test('the core’s issues: the first per field wins', () => {
  expect(
    issueProblems([
      { path: 'data.passportNumber', code: 'duplicate_passport', params: { ref: 'FY2026-3' } },
      { path: 'data.passportNumber', code: 'invalid_passport' },
      { path: 'dateOfBirth', code: 'date_in_future' },
    ]),
  ).toEqual({
    passportNumber: { code: 'duplicate_passport', params: { ref: 'FY2026-3' } },
    dateOfBirth: { code: 'date_in_future' },
  });
});

test('a field’s answer from the core goes when that field changes, and only then', () => {
  const problems = { email: { code: 'invalid_email' }, 'availability.0.end': { code: 'end_before_start' } };
  expect(withoutChanged(problems, { email: 'a', availability: [1] }, { email: 'a', availability: [1] })).toBe(problems);
  expect(withoutChanged(problems, { email: 'b', availability: [1] }, { email: 'a', availability: [1] })).toEqual({
    'availability.0.end': { code: 'end_before_start' },
  });
});
