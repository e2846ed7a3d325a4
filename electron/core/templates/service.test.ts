// Word templates through dispatch, with real .docx bytes: a template using every placeholder is filled
// and read back; an unknown placeholder, a file that is not a .docx and a template docxtemplater cannot
// parse are refused with words for each problem, and nothing is stored or generated; a cohort of 40
// comes back as a ZIP of 40 .docx files, one per trainee. Each file made is numbered in the documents
// register in the same transaction, and its number is in its text ({doc_number}).
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { TRAINEE_PLACEHOLDERS } from '../../../shared/templates/placeholders';
import { openTestCore, snapshot, type TestCore, traineeInput } from '../../../tests/support/test-core';
import { readJournal } from '../documents/journal';
import { b64, docx, docxText } from './__tests__/docx';

let t: TestCore;
beforeEach(() => {
  // 5 April 2027, in Reiwa 9.
  t = openTestCore({ now: () => new Date('2027-04-05T03:00:00.000Z') });
  t.ok('settings.update', { staffName: 'Tanaka Hanako' });
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

const addTemplate = (lines: string[], name = 'Acceptance letter') =>
  t.ok('templates.add', { name, fileName: 'acceptance.docx', data: b64(docx(lines)) });

function refusedAdd(data: string) {
  const before = snapshot(t.core);
  const error = t.fail('templates.add', { name: 'Letter', fileName: 'letter.docx', data });
  expect(error.code).toBe('invalid_input');
  expect(snapshot(t.core)).toEqual(before);
  return error.issues ?? [];
}

describe('one trainee', () => {
  test('a template with every placeholder is filled; the .docx reads back with each value', () => {
    const trainee = t.ok('trainees.create', { data: traineeInput({ fiscalYear: 2027 }) }).trainee;
    const template = addTemplate(TRAINEE_PLACEHOLDERS.map((name) => `${name}={${name}}`));
    expect(template.placeholders).toEqual([...TRAINEE_PLACEHOLDERS].sort());
    expect(template.addedBy).toBe('Tanaka Hanako');

    const made = t.ok('templates.generate', { templateId: template.id, traineeId: trainee.id });
    expect(made.documents).toEqual([
      {
        recordKind: 'trainee',
        recordId: trainee.id,
        recordRef: trainee.ref,
        templateId: template.id,
        fileName: `Acceptance letter ${trainee.ref}.docx`,
      },
    ]);
    expect(made.file.fileName).toBe(made.documents[0]?.fileName);
    const text = Object.fromEntries(
      docxText(Buffer.from(made.file.data, 'base64')).map((line) => line.split('=') as [string, string]),
    );
    expect(text).toMatchObject({
      ref: trainee.ref,
      full_name: 'Somchai Srisuk',
      family_name: 'Srisuk',
      native_name: 'สมชาย ศรีสุข',
      katakana_name: 'ソムチャイ・シースック',
      gender_en: 'Male',
      gender_ja: '男性',
      country_en: 'Thailand',
      country_ja: 'タイ',
      field_en: 'General administration',
      field_ja: '一般行政',
      japanese_level: 'N4',
      fiscal_year: 'FY2027',
      fiscal_year_ja: '令和9年度',
      staff_name: 'Tanaka Hanako',
      arrival_date: '10 Apr 2027',
      arrival_date_ja: '2027年4月10日',
      arrival_date_era: '令和9年4月10日',
      date_of_birth_era: '平成2年5月12日',
      today: '5 Apr 2027',
      today_era: '令和9年4月5日',
    });
    // Every placeholder was replaced; none is left as typed, and none says "undefined".
    expect(Object.keys(text).sort()).toEqual([...TRAINEE_PLACEHOLDERS].sort());
    expect(Object.values(text).join(' ')).not.toMatch(/[{}]|undefined/);
    expect(text.preferred_name).toBe('');
  });

  test('a section shows its text only when the record has the value', () => {
    const trainee = t.ok('trainees.create', { data: traineeInput({ email: null }) }).trainee;
    const template = addTemplate(['{#email}Email: {email}{/email}{^email}No email{/email}']);
    const made = t.ok('templates.generate', { templateId: template.id, traineeId: trainee.id });
    expect(docxText(Buffer.from(made.file.data, 'base64'))).toEqual(['No email']);
  });
});

describe('refused before anything is stored or generated', () => {
  test('an unknown placeholder is named with the nearest known name', () => {
    const issues = refusedAdd(b64(docx(['Dear {full_nmae},', '{arival_date_era}', '{favourite_colour}'])));
    expect(issues).toEqual([
      {
        path: 'data',
        code: 'template_unknown_placeholder_near',
        params: {
          name: 'arival_date_era',
          tag: '{arival_date_era}',
          nearest: 'arrival_date_era',
          nearestTag: '{arrival_date_era}',
        },
      },
      {
        path: 'data',
        code: 'template_unknown_placeholder',
        params: { name: 'favourite_colour', tag: '{favourite_colour}' },
      },
      {
        path: 'data',
        code: 'template_unknown_placeholder_near',
        params: { name: 'full_nmae', tag: '{full_nmae}', nearest: 'full_name', nearestTag: '{full_name}' },
      },
    ]);
  });

  test('a template stored before a placeholder went away is refused at generation, nothing made', () => {
    const trainee = t.ok('trainees.create', { data: traineeInput() }).trainee;
    const template = addTemplate(['{full_name}']);
    // As if the list of placeholders had changed since: the stored file now uses a name not offered.
    t.core.db.raw
      .prepare('UPDATE word_templates SET data = ? WHERE id = ?')
      .run(docx(['{full_name} {home_town}']), template.id);
    const error = t.fail('templates.generate', { templateId: template.id, traineeId: trainee.id });
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([
      { path: 'data', code: 'template_unknown_placeholder', params: { name: 'home_town', tag: '{home_town}' } },
    ]);
  });

  test('an unclosed or doubled brace is said with the text around it', () => {
    const issues = refusedAdd(b64(docx(['Dear {full_name', 'From {{staff_name}'])));
    expect(issues.map((i) => i.code)).toEqual(['template_unclosed_tag', 'template_duplicate_open_tag']);
    expect(issues[0]?.params?.context).toMatch(/^\{full_name/);
  });

  test('a file that is not a .docx: not a ZIP, or a ZIP without word/document.xml', async () => {
    expect(refusedAdd(b64(Buffer.from('%PDF-1.7 not a Word file')))).toEqual([
      { path: 'data', code: 'template_not_docx' },
    ]);
    const { zipSync } = await import('fflate');
    const zip = zipSync({ 'xl/workbook.xml': new TextEncoder().encode('<workbook/>') });
    expect(refusedAdd(b64(zip))).toEqual([{ path: 'data', code: 'template_not_docx' }]);
  });

  test('a template over 2 MB', () => {
    const big = Buffer.alloc(2 * 1024 * 1024 + 1, 1);
    expect(refusedAdd(b64(big)).map((i) => i.code)).toEqual(['template_too_large']);
  });
});

test('a cohort of 40: one .docx per trainee of the fiscal year in a ZIP, archived ones left out', () => {
  const ids: number[] = [];
  for (let i = 0; i < 41; i++) {
    const data = traineeInput({
      fullName: `Trainee ${i}`,
      familyName: `Family${i}`,
      passportNumber: `AB${100000 + i}`,
    });
    ids.push(t.ok('trainees.create', { data, confirm: true }).trainee.id);
  }
  t.ok('trainees.create', { data: traineeInput({ fullName: 'Other Year', fiscalYear: 2025 }), confirm: true });
  t.ok('trainees.archive', { id: ids.pop() as number });
  const template = addTemplate(['{full_name}', '{country_ja} {arrival_date_era}']);

  const started = performance.now();
  const made = t.ok('templates.generate', { templateId: template.id, fiscalYear: 2026 });
  const ms = performance.now() - started;
  console.info(`templates.cohort_40_ms=${ms.toFixed(0)} zip_bytes=${made.file.data.length * 0.75}`);

  expect(made.file.mime).toBe('application/zip');
  expect(made.file.fileName).toBe('Acceptance letter FY2026.zip');
  expect(made.documents).toHaveLength(40);
  expect(made.documents.map((d) => d.recordId).sort((a, b) => a - b)).toEqual(ids);
  const files = unzipSync(Buffer.from(made.file.data, 'base64'));
  expect(Object.keys(files).sort()).toEqual(made.documents.map((d) => d.fileName).sort());
  const names = made.documents.map((d) => docxText(files[d.fileName] as Uint8Array)[0]);
  expect(new Set(names).size).toBe(40);
  expect(docxText(files[made.documents[0]?.fileName as string] as Uint8Array)[1]).toBe('タイ 令和8年4月10日');
});

test('listed, removed once, audited', () => {
  const template = addTemplate(['{full_name}']);
  expect(t.ok('templates.list', {})).toEqual([template]);
  expect(t.ok('templates.remove', { id: template.id })).toEqual({ removed: true });
  expect(t.ok('templates.remove', { id: template.id })).toEqual({ removed: false });
  expect(t.ok('templates.list', {})).toEqual([]);
  const audit = t.ok('audit.list', { entity: 'word_template' });
  expect(audit.map((e) => [e.action, e.actor, e.entityId])).toEqual([
    ['delete', 'Tanaka Hanako', String(template.id)],
    ['create', 'Tanaka Hanako', String(template.id)],
  ]);
});

test('a cohort with no trainees is said, not an empty ZIP', () => {
  const template = addTemplate(['{full_name}']);
  const error = t.fail('templates.generate', { templateId: template.id, fiscalYear: 2030 });
  expect(error.issues?.[0]?.code).toBe('template_no_trainees');
});

describe('each file made is numbered and recorded in the documents register', () => {
  const NUMBERED = ['No. {doc_number}', '{doc_number_ja}', 'Dear {full_name},'];
  const register = (search = '') => t.ok('documents.register.list', { search, sort: 'number', dir: 'asc' });

  test('one trainee: one row, with the trainee, the template and the number the .docx says', () => {
    const trainee = t.ok('trainees.create', { data: traineeInput({ fiscalYear: 2027 }) }).trainee;
    const template = addTemplate(NUMBERED);
    const made = t.ok('templates.generate', { templateId: template.id, traineeId: trainee.id });

    expect(docxText(Buffer.from(made.file.data, 'base64'))).toEqual([
      'No. DOC-FY2027-001',
      '令9文書第1号',
      'Dear Somchai Srisuk,',
    ]);
    const { rows, total } = register();
    expect(total).toBe(1);
    expect(rows[0]).toMatchObject({
      kind: 'merge',
      fiscalYear: 2027,
      seq: 1,
      numberEn: 'DOC-FY2027-001',
      reissue: 0,
      issuedOn: '2027-04-05',
      addressee: 'Somchai Srisuk',
      record: { type: 'trainee', id: trainee.id },
      recordLabel: `${trainee.ref} Somchai Srisuk`,
      templateName: 'Acceptance letter',
      language: 'ja',
      issuedBy: 'Tanaka Hanako',
      missing: false,
    });
    expect(made.issued).toEqual(rows);
    // Staff find it by the template's name; the journal holds it too, with the template.
    expect(register('acceptance LETTER').total).toBe(1);
    expect(register('certificate').total).toBe(0);
    expect(readJournal(t.dir)).toMatchObject([{ kind: 'merge', seq: 1, templateName: 'Acceptance letter' }]);
    const audit = t.ok('audit.list', { entity: 'document' });
    expect(audit.map((e) => [e.action, e.entityId])).toEqual([['issue', String(rows[0]?.id)]]);
  });

  test('the language asked is recorded; the next file takes the next number', () => {
    const trainee = t.ok('trainees.create', { data: traineeInput() }).trainee;
    const template = addTemplate(NUMBERED);
    t.ok('templates.generate', { templateId: template.id, traineeId: trainee.id, language: 'en' });
    const again = t.ok('templates.generate', { templateId: template.id, traineeId: trainee.id });
    expect(docxText(Buffer.from(again.file.data, 'base64'))[0]).toBe('No. DOC-FY2027-002');
    expect(register().rows.map((r) => [r.numberEn, r.language])).toEqual([
      ['DOC-FY2027-001', 'en'],
      ['DOC-FY2027-002', 'ja'],
    ]);
  });

  test("a cohort of 40: numbers 1 … 40 in the trainees' order, each file with its own", () => {
    for (let i = 0; i < 40; i++) {
      const data = traineeInput({ fullName: `Trainee ${i}`, familyName: `F${i}`, passportNumber: `CD${100000 + i}` });
      t.ok('trainees.create', { data, confirm: true });
    }
    const template = addTemplate(NUMBERED, 'Certificate');
    const made = t.ok('templates.generate', { templateId: template.id, fiscalYear: 2026 });

    expect(made.issued.map((r) => r.seq)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(made.issued.map((r) => r.record?.id)).toEqual(made.documents.map((d) => d.recordId));
    const files = unzipSync(Buffer.from(made.file.data, 'base64'));
    made.documents.forEach((d, i) => {
      const issued = made.issued[i];
      const [number, numberJa, dear] = docxText(files[d.fileName] as Uint8Array);
      expect(number).toBe(`No. ${issued?.numberEn}`);
      expect(numberJa).toBe(`令9文書第${i + 1}号`);
      expect(dear).toBe(`Dear ${issued?.addressee},`);
    });
    expect(register('certificate').total).toBe(40);
    expect(readJournal(t.dir).map((l) => l.seq)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  test('a template with an unknown placeholder: refused, no row written, no number burnt', () => {
    const trainee = t.ok('trainees.create', { data: traineeInput() }).trainee;
    const template = addTemplate(NUMBERED);
    t.ok('templates.generate', { templateId: template.id, traineeId: trainee.id });
    t.core.db.raw
      .prepare('UPDATE word_templates SET data = ? WHERE id = ?')
      .run(docx(['{doc_number} {home_town}']), template.id);
    const journal = readJournal(t.dir);
    const before = snapshot(t.core);

    const error = t.fail('templates.generate', { templateId: template.id, traineeId: trainee.id });
    expect(error.issues?.map((i) => i.code)).toEqual(['template_unknown_placeholder']);
    expect(snapshot(t.core)).toEqual(before);
    expect(readJournal(t.dir)).toEqual(journal);

    // Corrected, the next file takes number 2: none was given to the refusal.
    t.core.db.raw.prepare('UPDATE word_templates SET data = ? WHERE id = ?').run(docx(NUMBERED), template.id);
    const made = t.ok('templates.generate', { templateId: template.id, traineeId: trainee.id });
    expect(made.issued.map((r) => r.numberEn)).toEqual(['DOC-FY2027-002']);
  });
});
