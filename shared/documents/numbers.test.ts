import { describe, expect, it } from 'vitest';
import { eraPrefix, KIND_CODES, numberEn, numberJa } from './numbers';
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
