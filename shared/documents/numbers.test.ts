import { describe, expect, it, test } from 'vitest';
import { eraPrefix, KIND_CODES, numberEn, numberJa, printedNumber } from './numbers';
import { DOCUMENT_KINDS } from './schema';

describe('document numbers', () => {
  it('writes the kind, the fiscal year and the sequence in both languages', () => {
    expect(numberEn('acceptance', 2026, 12)).toBe('ACC-FY2026-012');
    expect(numberEn('merge', 2026, 1234)).toBe('DOC-FY2026-1234');
    expect(numberJa('acceptance', 2026, 12)).toBe('令8受諾第12号');
  });

  it('names the era year as fiscal years do, the first year as 元', () => {
    expect(eraPrefix(2019)).toBe('令元');
    expect(eraPrefix(2018)).toBe('平30');
    expect(eraPrefix(2027)).toBe('令9');
  });

  it('gives every kind its own code in each language', () => {
    const en = DOCUMENT_KINDS.map((k) => KIND_CODES[k].en);
    const ja = DOCUMENT_KINDS.map((k) => KIND_CODES[k].ja);
    expect(new Set(en).size).toBe(DOCUMENT_KINDS.length);
    expect(new Set(ja).size).toBe(DOCUMENT_KINDS.length);
  });
});

test('a letter shows the number it printed; a merged file the screen language’s form', () => {
  const row = { numberEn: 'ACC-FY2026-002', numberJa: '令8受諾第2号' };
  expect(printedNumber({ ...row, kind: 'acceptance', language: 'en' }, 'ja')).toBe('ACC-FY2026-002');
  expect(printedNumber({ ...row, kind: 'acceptance', language: 'ja' }, 'en')).toBe('令8受諾第2号');
  expect(printedNumber({ ...row, kind: 'merge', language: 'ja' }, 'en')).toBe('ACC-FY2026-002');
});
