// The screen's words for the placeholders and the refusals exist in both languages, and a chosen file
// is judged here as the core would judge its name and size.
import { describe, expect, test } from 'vitest';
import { PLACEHOLDERS, RECORD_KINDS } from '../../../shared/templates/placeholders';
import { TEMPLATE_MAX_BYTES } from '../../../shared/templates/schema';
import en from './locales/en.json';
import ja from './locales/ja.json';
import { nameFromFile, uploadProblem } from './upload';

describe('every placeholder is described in English and Japanese', () => {
  for (const kind of RECORD_KINDS) {
    test.each(PLACEHOLDERS[kind])('%s', (name) => {
      const described = (lang: typeof en) => (lang.templates.placeholder as Record<string, string>)[name];
      expect(described(en)).toBeTruthy();
      expect(described(ja)).toBeTruthy();
    });
  }
});

test('the refusals the core sends have words', () => {
  const codes = ['template_not_docx', 'template_too_large', 'template_unknown_placeholder'];
  for (const code of [...codes, 'template_unknown_placeholder_near', 'template_unclosed_tag', 'template_unreadable']) {
    expect(en.validation).toHaveProperty(code);
    expect(ja.validation).toHaveProperty(code);
  }
  expect(en.validation.template_unknown_placeholder_near).toContain('{{nearestTag}}');
});

test.each([
  [{ name: 'letter.docx', size: 10 }, null],
  [{ name: 'LETTER.DOCX', size: 10 }, null],
  [{ name: 'letter.doc', size: 10 }, 'template_not_docx'],
  [{ name: 'letter.pdf', size: 10 }, 'template_not_docx'],
  [{ name: 'letter.docx', size: 0 }, 'required'],
  [{ name: 'letter.docx', size: TEMPLATE_MAX_BYTES + 1 }, 'template_too_large'],
])('%o → %s', (file, problem) => {
  expect(uploadProblem(file)).toBe(problem);
});

test('the name offered is the file name without .docx', () => {
  expect(nameFromFile('受入通知書.docx')).toBe('受入通知書');
  expect(nameFromFile('Acceptance letter.DOCX')).toBe('Acceptance letter');
});
