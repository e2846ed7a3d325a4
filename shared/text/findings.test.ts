// The text rules an import applies to a cell, with the value it offers instead.
import { expect, test } from 'vitest';
import { textFindings } from './findings';

test('a full-width year or code: the plain one is offered', () => {
  expect(textFindings('２０１９', 'code')).toEqual([
    { code: 'text_full_width', severity: 'warning', params: { value: '２０１９', folded: '2019' }, offer: '2019' },
  ]);
  expect(textFindings('2019', 'code')).toEqual([]);
  // In a name or free text, full-width letters are what was written.
  expect(textFindings('ＡＢＣ Hotel', 'text')).toEqual([]);
});

test('a Zawgyi name: the Unicode text is offered', () => {
  expect(textFindings('ေက်ာ္ေက်ာ္', 'name')).toEqual([
    {
      code: 'text_zawgyi',
      severity: 'warning',
      params: { value: 'ေက်ာ္ေက်ာ္', unicode: 'ကျော်ကျော်' },
      offer: 'ကျော်ကျော်',
    },
  ]);
  expect(textFindings('ကျော်ကျော်', 'name')).toEqual([]);
});

test('invisible characters are said (they are removed on storing)', () => {
  expect(textFindings('Chiang\u200B Mai', 'name')).toEqual([
    { code: 'text_invisible', severity: 'info', params: { value: 'Chiang Mai' } },
  ]);
  expect(textFindings(' Chiang Mai ', 'name')).toEqual([]);
});

test('a name with a word in two scripts is a warning', () => {
  expect(textFindings('Тhailand', 'name')).toEqual([
    { code: 'text_mixed_scripts', severity: 'warning', params: { word: 'Тhailand', scripts: 'Cyrillic, Latin' } },
  ]);
});
