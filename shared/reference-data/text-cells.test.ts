// A reference file's cells meet the same text rules as a form's fields; the value offered is stored
// only once a person accepts it.
import { expect, test } from 'vitest';
import { checkCounterparts } from './counterparts';
import { applyDecisions } from './decisions';
import { checkDispatchProjects } from './dispatch-projects';

const dispatchCsv = (...rows: string[]) => ['fiscal_year,country,locality,area_of_expertise', ...rows].join('\n');

test('a full-width year is a finding offering the plain year, applied when accepted', () => {
  const checked = checkDispatchProjects(dispatchCsv('２０１７,Malaysia,Kuala Lumpur,Tourism'));
  const width = checked.findings.find((f) => f.code === 'text_full_width');
  expect(width).toMatchObject({ line: 2, column: 'fiscal_year', suggestion: { column: 'fiscal_year', value: '2017' } });
  const [stored] = applyDecisions(checked.rows, checked.findings, [{ findingId: width?.id ?? '', choice: 'accept' }]);
  expect(stored?.values.fiscal_year).toBe('2017');
  // Left undecided, the row keeps what was printed.
  expect(applyDecisions(checked.rows, checked.findings, [])[0]?.values.fiscal_year).toBe('２０１７');
});

test('a Zawgyi locality offers its Unicode spelling; a look-alike country letter is said', () => {
  const checked = checkDispatchProjects(dispatchCsv('2017,Myanmar,ရန္ကုန္,Tourism', '2016,Тhailand,Phuket,Tourism'));
  const codes = checked.findings.map((f) => [f.line, f.code, f.column, f.suggestion?.value]);
  expect(codes).toContainEqual([2, 'text_zawgyi', 'locality', 'ရန်ကုန်']);
  expect(codes).toContainEqual([3, 'text_mixed_scripts', 'country', undefined]);
});

test('counterpart names with zero-width characters are said', () => {
  const checked = checkCounterparts('country,counterpart\nThailand,Ministry\u200B of Interior\n');
  expect(checked.findings.map((f) => [f.code, f.column, f.params])).toEqual([
    ['text_invisible', 'counterpart', { value: 'Ministry of Interior' }],
  ]);
});
