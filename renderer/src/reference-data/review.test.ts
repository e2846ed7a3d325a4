// The decisions of the import screen: which choices each finding offers, "all at once" touching only
// what is not decided yet, errors holding the import back, and the import input carrying the hashes.
import { describe, expect, test } from 'vitest';
import type { ReferenceCheck } from '../../../shared/reference-data/import-schema';
import { checkReferenceFiles } from '../../../shared/reference-data/reference-files';
import type { StoredRow } from '../../../shared/reference-data/schema';
import {
  blockingFindings,
  choicesFor,
  clearFile,
  type DecisionMap,
  decide,
  decideRest,
  editColumn,
  importInput,
  refusedCells,
  refusedEdits,
  storedRows,
  typedCheck,
} from './review';

const texts = {
  counterparts: 'country,counterpart\nMalaysia,Department of Local Government\nAtlantis,\n',
  dispatchProjects: [
    'fiscal_year,country,locality,area_of_expertise',
    '2017,Malaysia,Kuala Lumpur,Waste Management',
    '2016,Indonesia,Phuket,Tourism',
    '2015,Thailand,Sukhothai,Fire and desaster preverntion',
  ].join('\n'),
  acceptedTrainees: [
    'Columns: Country | 1996-2010 | 2011 | 2012 | Total',
    'Thailand 45 1 46',
    'Cambodia 7 8',
    'Total 52 1 54',
  ].join('\n'),
};
const checked = checkReferenceFiles(texts);
const check: ReferenceCheck = { ...checked, standing: {} };
const dp = check.dispatchProjects;
const byCode = (code: string) => {
  const f = [...check.counterparts.findings, ...dp.findings, ...check.acceptedTrainees.findings].find(
    (x) => x.code === code,
  );
  if (!f) throw new Error(`no ${code} finding`);
  return f;
};

describe('choices', () => {
  test('a suggestion can be accepted; a column of the file can be typed over; a row can be left out', () => {
    const phuket = byCode('locality_wrong_country');
    expect(choicesFor(phuket, dp.columns)).toEqual(['accept', 'keep', 'edit', 'exclude']);
    expect(editColumn(phuket, dp.columns)).toBe('country');
    const missing = byCode('value_missing');
    expect(choicesFor(missing, check.counterparts.columns)).toEqual(['keep', 'edit', 'exclude']);
    expect(editColumn(missing, check.counterparts.columns)).toBe('counterpart');
  });

  test("the trainee table's figures are not typed over", () => {
    const sum = byCode('trainee_row_sum_mismatch');
    expect(choicesFor(sum, check.acceptedTrainees.columns)).toEqual(['keep', 'exclude']);
  });
});

describe('decisions', () => {
  test('accepting one suggestion changes that cell only; the rest stays as printed', () => {
    const phuket = byCode('locality_wrong_country');
    const map = decide({}, { findingId: phuket.id, choice: 'accept' });
    const changes = storedRows(dp, map).flatMap((r) => r.changes.map((c) => [r.line, c.column, c.from, c.to]));
    expect(changes).toEqual([[3, 'country', 'Indonesia', 'Thailand']]);
  });

  test('"all at once" leaves decided findings alone, and accept only where there is a suggestion', () => {
    const phuket = byCode('locality_wrong_country');
    let map: DecisionMap = decide({}, { findingId: phuket.id, choice: 'keep' });
    map = decideRest(map, dp, 'accept');
    expect(map[phuket.id]).toEqual({ findingId: phuket.id, choice: 'keep' });
    const misspelt = byCode('field_misspelt');
    expect(map[misspelt.id]).toEqual({ findingId: misspelt.id, choice: 'accept' });
    map = decideRest(map, dp, 'keep');
    expect(Object.keys(map).sort()).toEqual(dp.findings.map((f) => f.id).sort());
    expect(clearFile(map, dp)).toEqual({});
  });

  test('an error nobody decided on holds the import back until it is decided', () => {
    const missing = byCode('value_missing');
    expect(missing.severity).toBe('error');
    expect(blockingFindings(check, {}).map((f) => f.id)).toContain(missing.id);
    const decided = decide({}, { findingId: missing.id, choice: 'exclude' });
    expect(blockingFindings(check, decided).map((f) => f.id)).not.toContain(missing.id);
    expect(storedRows(check.counterparts, decided).find((r) => r.line === 3)?.excluded).toBe(true);
  });

  test('the import input: all three files, the decisions on known findings, the hashes as checked', () => {
    const phuket = byCode('locality_wrong_country');
    const map = {
      ...decide({}, { findingId: phuket.id, choice: 'accept' }),
      gone: { findingId: 'gone', choice: 'keep' as const },
    };
    expect(importInput(check, map)).toEqual({
      files: ['counterparts', 'dispatch_projects', 'accepted_trainees'],
      decisions: [{ findingId: phuket.id, choice: 'accept' }],
      hashes: {
        counterparts: check.counterparts.contentHash,
        dispatch_projects: dp.contentHash,
        accepted_trainees: check.acceptedTrainees.contentHash,
      },
    });
  });
});

describe('a typed value, on screen as in the core', () => {
  const phuket = () => byCode('locality_wrong_country');
  const row = (map: DecisionMap) => storedRows(dp, map).find((r) => r.line === phuket().line) as StoredRow;
  const typing = (column: string, value: string): DecisionMap =>
    decide({}, { findingId: phuket().id, choice: 'edit', column, value });

  test('the rule in words comes with every check; a value breaking it is refused', () => {
    const year = typedCheck(check, dp, row(typing('fiscal_year', '0')), 'fiscal_year', '0');
    expect(year?.rule).toEqual({
      code: 'dispatch_fiscal_year',
      params: { first: 1988, current: check.rules.fiscalYear },
    });
    expect(year?.findings.map((f) => f.code)).toEqual(['year_invalid']);
    expect(year?.refused).toBe(true);
    const country = typedCheck(check, dp, row(typing('country', 'Japan')), 'country', 'Japan');
    expect(country?.findings.map((f) => f.code)).toEqual(['country_not_eligible']);
    expect(typedCheck(check, dp, row(typing('country', 'Thailand')), 'country', 'Thailand')?.refused).toBe(false);
  });

  test('Import waits for a refused typed value, unless its row is left out', () => {
    expect(refusedEdits(check, typing('country', 'Atlantis'))).toHaveLength(1);
    expect(refusedEdits(check, typing('country', 'Thailand'))).toEqual([]);
    expect(refusedEdits(check, typing('fiscal_year', String(check.rules.fiscalYear + 1)))).toHaveLength(1);
  });

  test('a refused typed value is marked on its cell, so it is never shown as what will be stored', () => {
    const line = phuket().line;
    expect([...refusedCells(check, dp, typing('fiscal_year', '2099'))]).toEqual([`${line}:fiscal_year`]);
    expect(refusedCells(check, dp, typing('fiscal_year', '2010')).size).toBe(0);
  });
});
