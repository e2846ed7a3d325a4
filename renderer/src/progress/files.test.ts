import { describe, expect, test } from 'vitest';
import { ATTACHMENT_MAX_BYTES, ATTACHMENTS_PER_ENTRY } from '../../../shared/progress/schema';
import { ACCEPT, fileProblem, mimeOf } from './files';

describe('attachment files', () => {
  test('the type follows the extension, in any case', () => {
    expect(mimeOf('Report May.PDF')).toBe('application/pdf');
    expect(mimeOf('photo.jpeg')).toBe('image/jpeg');
    expect(mimeOf('sheet.xlsx')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(mimeOf('script.exe')).toBeNull();
    expect(mimeOf('no-extension')).toBeNull();
    expect(ACCEPT).toContain('.docx');
  });

  test('problems are found in the order a person fixes them', () => {
    expect(fileProblem({ name: 'a.exe', size: 10 }, 0)).toBe('attachment_type_not_allowed');
    expect(fileProblem({ name: 'a.pdf', size: 0 }, 0)).toBe('empty_file');
    expect(fileProblem({ name: 'a.pdf', size: ATTACHMENT_MAX_BYTES + 1 }, 0)).toBe('attachment_too_large');
    expect(fileProblem({ name: 'a.pdf', size: ATTACHMENT_MAX_BYTES }, 0)).toBeNull();
    expect(fileProblem({ name: 'a.pdf', size: 10 }, ATTACHMENTS_PER_ENTRY)).toBe('too_many_attachments');
  });
});
