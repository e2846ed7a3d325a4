// The built-in letters on real SQLite files: settings with their defaults, the addressees each kind
// offers, and each kind issued and assembled for print in both languages.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DEFAULT_WORDING } from '../../../shared/documents/letter-defaults';
import { LETTER_PLACEHOLDERS, letterPlaceholders } from '../../../shared/documents/letter-placeholders';
import { LETTER_ITEM_KEYS, LETTER_KINDS, LETTER_RECORD, type LetterKind } from '../../../shared/documents/letters';
import { openTestCore, type TestCore } from '../../../tests/support/test-core';
import { addTrainee, insertHost, place } from '../placements/__tests__/fixtures';
import { seedDispatchData } from '../specialist-dispatch/__tests__/arbitraries';

let t: TestCore;
/** A trainee placed at a city, one without a placement, and the dispatch data (request 1, dispatch 2). */
let placed: number;
let unplaced: number;
beforeEach(() => {
  t = openTestCore();
  placed = addTrainee(t, { fullName: 'Maria Santos', gender: 'female', homeGovernment: 'Cebu City', country: 'PH' });
  unplaced = addTrainee(t, { fullName: 'Alex Lim', gender: 'x', homeGovernment: 'Sukhothai Province' });
  const sapporo = insertHost(t.core.db, { nameEn: 'Sapporo City' });
  t.core.db.raw.prepare(`UPDATE hosts SET name_ja = '札幌市' WHERE id = ?`).run(sapporo);
  place(t, { traineeId: placed, hostId: sapporo, start: '2026-07-01', end: '2026-09-30', confirm: true, reason: 'r' });
  seedDispatchData(t);
});
afterEach(() => t.close());

/** The record each kind is tried with. */
const RECORD_ID: Record<(typeof LETTER_RECORD)[LetterKind], () => number> = {
  trainee: () => placed,
  dispatchRequest: () => 1,
  dispatch: () => 2,
};
const recordOf = (kind: LetterKind) => ({ type: LETTER_RECORD[kind], id: RECORD_ID[LETTER_RECORD[kind]]() });

function issue(kind: LetterKind, language: 'en' | 'ja') {
  const [first] = t.ok('documents.letters.addressees', { kind, recordId: recordOf(kind).id });
  if (!first) throw new Error(`no addressee for ${kind}`);
  return t.ok('documents.issue', { kind, record: recordOf(kind), addressee: first[language], language });
}

describe('documents.letters.settings', () => {
  test('every kind has its built-in wording in both languages, using only its own placeholders', () => {
    const settings = t.ok('documents.letters.settings.get', {});
    expect(settings.seal).toBe('omitted');
    for (const kind of LETTER_KINDS) {
      expect(settings.wording[kind]).toEqual(DEFAULT_WORDING[kind]);
      for (const lang of ['en', 'ja'] as const) {
        const { subject, body } = settings.wording[kind][lang];
        expect(subject.length, `${kind} ${lang}`).toBeGreaterThan(0);
        for (const [, name] of `${subject} ${body}`.matchAll(/\{([^{}]*)\}/g)) {
          expect(letterPlaceholders(kind), `${kind} ${lang}`).toContain(name);
        }
      }
      // Japanese dates are era dates.
      expect(DEFAULT_WORDING[kind].ja.body).not.toMatch(/\{[a-z_]+_(start|end|on)(_ja)?\}/);
    }
  });

  test('one kind updated reads back, the others keep the default; null puts it back; audited', () => {
    const mine = {
      en: { subject: 'Welcome, {full_name}', body: 'Hello.\n\nSee you on {arrival_date}.' },
      ja: { subject: '{full_name}様', body: 'ようこそ。' },
    };
    const saved = t.ok('documents.letters.settings.update', { wording: { acceptance: mine } });
    expect(saved.wording.acceptance).toEqual(mine);
    expect(saved.wording.placementNotice).toEqual(DEFAULT_WORDING.placementNotice);
    expect(t.ok('documents.letters.settings.get', {}).wording.acceptance).toEqual(mine);
    const reset = t.ok('documents.letters.settings.update', { wording: { acceptance: null } });
    expect(reset.wording.acceptance).toEqual(DEFAULT_WORDING.acceptance);
    const log = t.ok('audit.list', { entity: 'settings' });
    expect(log.map((e) => [e.entityId, e.action])).toEqual([
      ['letters', 'update'],
      ['letters', 'update'],
    ]);
  });

  test('signatory and seal are saved and validated', () => {
    const signatory = { nameEn: 'Tanaka Hiroshi', nameJa: '田中 浩', titleEn: 'Executive Director', titleJa: '所長' };
    const saved = t.ok('documents.letters.settings.update', { signatory, seal: 'box' });
    expect(saved).toMatchObject({ signatory, seal: 'box' });
    const error = t.fail('documents.letters.settings.update', { signatory: { ...signatory, nameJa: '  ' } });
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.map((i) => [i.path, i.code])).toEqual([['signatory.nameJa', 'required']]);
    expect(t.ok('documents.letters.settings.get', {}).signatory).toEqual(signatory);
  });

  test('an unknown placeholder is refused, named with the nearest known one, and nothing is written', () => {
    const error = t.fail('documents.letters.settings.update', {
      seal: 'box',
      wording: {
        acceptance: DEFAULT_WORDING.acceptance,
        dispatchRequest: {
          en: { subject: 'To {specialist_nmae_en}', body: 'Dear {favourite_colour}' },
          ja: DEFAULT_WORDING.dispatchRequest.ja,
        },
      },
    });
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([
      {
        path: 'wording.dispatchRequest.en.subject',
        code: 'template_unknown_placeholder_near',
        params: {
          name: 'specialist_nmae_en',
          tag: '{specialist_nmae_en}',
          nearest: 'specialist_name_en',
          nearestTag: '{specialist_name_en}',
        },
      },
      {
        path: 'wording.dispatchRequest.en.body',
        code: 'template_unknown_placeholder',
        params: { name: 'favourite_colour', tag: '{favourite_colour}' },
      },
    ]);
    // A trainee placeholder is unknown to a dispatch letter.
    const trainee = t.fail('documents.letters.settings.update', {
      wording: {
        dispatchAcknowledgement: { en: { subject: '{full_name}', body: 'x' }, ja: { subject: 'x', body: 'x' } },
      },
    });
    expect(trainee.issues?.[0]?.params?.name).toBe('full_name');
    expect(t.ok('documents.letters.settings.get', {}).seal).toBe('omitted');
    expect(t.ok('audit.list', { entity: 'settings' })).toEqual([]);
  });
});

describe('documents.letters.addressees', () => {
  const addressees = (kind: LetterKind, recordId: number) => t.ok('documents.letters.addressees', { kind, recordId });

  test('a trainee letter names the person and their local government with the expected honorifics', () => {
    expect(addressees('acceptance', placed)).toEqual([
      { role: 'trainee', en: 'Ms Maria Santos', ja: 'Maria Santos 様' },
      { role: 'homeGovernment', en: 'The Mayor, Cebu City', ja: 'Cebu City 御中' },
    ]);
    expect(addressees('completionCertificate', unplaced)).toEqual([
      { role: 'trainee', en: 'Alex Lim', ja: 'Alex Lim 様' },
    ]);
    expect(addressees('progressCover', unplaced)).toEqual([
      { role: 'homeGovernment', en: 'The Governor, Sukhothai Province', ja: 'Sukhothai Province 御中' },
    ]);
    expect(addressees('placementNotice', placed).map((a) => a.role)).toEqual(['trainee', 'homeGovernment']);
  });

  test('a placement request goes to the head of the host', () => {
    expect(addressees('placementRequest', placed)).toEqual([
      { role: 'host', en: 'The Mayor, Sapporo City', ja: '札幌市長 様' },
    ]);
  });

  test('a placement request or notice for a trainee with no placement is refused', () => {
    for (const kind of ['placementRequest', 'placementNotice'] as const) {
      const error = t.fail('documents.letters.addressees', { kind, recordId: unplaced });
      expect(error.issues).toEqual([{ path: 'recordId', code: 'letter_needs_placement' }]);
    }
  });

  test('dispatch letters name the counterpart, the requesting government, the specialist and theirs', () => {
    expect(addressees('dispatchAcknowledgement', 1)).toEqual([
      {
        role: 'counterpart',
        en: 'Department of Local Administration',
        ja: 'Department of Local Administration 御中',
      },
      { role: 'requestingGovernment', en: 'The Mayor, Chiang Mai Municipality', ja: 'Chiang Mai Municipality 御中' },
    ]);
    expect(addressees('dispatchRequest', 2)).toEqual([
      { role: 'specialistGovernment', en: 'The Mayor, Kobe City', ja: 'Kobe City 御中' },
    ]);
    expect(addressees('agreementSummary', 2).map((a) => a.role)).toEqual(['requestingGovernment', 'specialist']);
    expect(addressees('agreementSummary', 2)[1]).toEqual({
      role: 'specialist',
      en: 'Suzuki Hiroshi',
      ja: '鈴木 浩 様',
    });
  });

  test('a record that does not exist is not found', () => {
    for (const kind of LETTER_KINDS) {
      const error = t.fail('documents.letters.addressees', { kind, recordId: 999 });
      expect(error.code).toBe('not_found');
      expect(error.issues).toEqual([{ path: 'recordId', code: 'not_found' }]);
    }
  });
});

describe('documents.letter', () => {
  test.each(LETTER_KINDS.flatMap((kind) => [[kind, 'en'] as const, [kind, 'ja'] as const]))(
    '%s in %s: numbered, addressed, filled, with its particulars',
    (kind, language) => {
      const entry = issue(kind, language);
      const letter = t.ok('documents.letter', { id: entry.id as number });
      expect(letter.number).toBe(language === 'ja' ? entry.numberJa : entry.numberEn);
      expect(letter).toMatchObject({ kind, language, issuedOn: '2026-06-01', addressee: entry.addressee });
      expect(letter.subject).not.toContain('{');
      expect(letter.paragraphs.length).toBeGreaterThan(0);
      for (const p of letter.paragraphs) {
        expect(p).not.toContain('{');
        expect(p.trim()).not.toBe('');
      }
      expect(letter.items.length).toBeGreaterThan(0);
      for (const item of letter.items) expect(LETTER_ITEM_KEYS).toContain(item.key);
      expect(letter.sender).toEqual(
        language === 'ja'
          ? { title: '所長', name: '（署名者氏名）' }
          : { title: 'Executive Director', name: '(Name of the signatory)' },
      );
      expect(letter.dateDisplay).toBeNull();
      // Japanese wording gives its dates as era dates, never Western ones.
      if (language === 'ja') expect(letter.paragraphs.join('')).not.toMatch(/\d{4}年/);
      if (language === 'ja' && ['acceptance', 'placementRequest', 'dispatchAcknowledgement'].includes(kind)) {
        expect(letter.paragraphs.join('')).toMatch(/令和\d+年/);
      }
    },
  );

  test('the letter speaks of its record: names, places and dates in the letter’s language', () => {
    const ja = t.ok('documents.letter', { id: issue('placementRequest', 'ja').id as number });
    expect(ja.paragraphs.join('\n')).toContain('Maria Santos氏（フィリピン・Cebu City）');
    expect(ja.paragraphs.join('\n')).toContain('令和8年7月1日から令和8年9月30日まで');
    expect(ja.items).toContainEqual({ key: 'placementPeriod', text: null, date: '2026-07-01', until: '2026-09-30' });
    const en = t.ok('documents.letter', { id: issue('dispatchRequest', 'en').id as number });
    expect(en.paragraphs.join('\n')).toContain('dispatch Suzuki Hiroshi as a specialist for the period');
    expect(en.items).toContainEqual({ key: 'dispatchPeriod', text: null, date: '2026-04-10', until: '2026-04-30' });
    expect(en.items[0]).toEqual({ key: 'specialistName', text: 'Suzuki Hiroshi', date: null, until: null });
  });

  test('saved wording, signatory, seal and date display are what the letter prints', () => {
    t.ok('settings.update', { dateDisplay: 'both' });
    t.ok('documents.letters.settings.update', {
      seal: 'box',
      signatory: { nameEn: 'Tanaka Hiroshi', nameJa: '田中 浩', titleEn: 'Executive Director', titleJa: '所長' },
      wording: {
        acceptance: {
          en: { subject: 'No. {doc_number}', body: 'One.\n\n\nTwo, {issued_on}.' },
          ja: { subject: '通知', body: '本文' },
        },
      },
    });
    const entry = issue('acceptance', 'en');
    const letter = t.ok('documents.letter', { id: entry.id as number });
    expect(letter).toMatchObject({
      subject: 'No. ACC-FY2026-001',
      paragraphs: ['One.', 'Two, 1 Jun 2026.'],
      seal: 'box',
      sender: { title: 'Executive Director', name: 'Tanaka Hiroshi' },
      dateDisplay: 'both',
    });
  });

  test('a reissue assembles the same letter, marked as a reissue', () => {
    const first = issue('completionCertificate', 'ja');
    const again = t.ok('documents.reissue', { id: first.id as number });
    const letter = t.ok('documents.letter', { id: again.id as number });
    expect(letter.entry.reissue).toBe(1);
    expect(letter.number).toBe(first.numberJa);
    expect(letter.subject).toBe('修了証書');
  });

  test('a document made from an office template, or one that does not exist, is refused', () => {
    const merge = t.ok('documents.issue', {
      kind: 'merge',
      record: { type: 'trainee', id: placed },
      addressee: 'Maria Santos',
      language: 'en',
    });
    const error = t.fail('documents.letter', { id: merge.id });
    expect(error.code).toBe('conflict');
    expect(error.issues).toEqual([{ path: 'id', code: 'letter_not_builtin' }]);
    expect(t.fail('documents.letter', { id: 999 })).toMatchObject({
      code: 'not_found',
      issues: [{ path: 'id', code: 'not_found' }],
    });
  });

  test('a placement letter whose placement went away is refused, as the dialog refuses it', () => {
    const entry = issue('placementNotice', 'en');
    t.core.db.raw.prepare('UPDATE placements SET cancelled = 1').run();
    const error = t.fail('documents.letter', { id: entry.id });
    expect(error.issues).toEqual([{ path: 'recordId', code: 'letter_needs_placement' }]);
  });

  test('a trainee letter speaks of the placement running or next at its date, else the last one', () => {
    const osaka = insertHost(t.core.db, { nameEn: 'Osaka City' });
    const kobe = insertHost(t.core.db, { nameEn: 'Kobe City' });
    place(t, { traineeId: placed, hostId: osaka, start: '2026-04-15', end: '2026-05-31', confirm: true, reason: 'r' });
    place(t, { traineeId: placed, hostId: kobe, start: '2026-10-01', end: '2026-12-31', confirm: true, reason: 'r' });
    // On 1 June 2026 the Osaka placement is over; Sapporo (July) is next, before Kobe (October).
    const now = t.ok('documents.letter', { id: issue('placementNotice', 'en').id as number });
    expect(now.items).toContainEqual({ key: 'host', text: 'Sapporo City', date: null, until: null });
    // A letter dated after every placement speaks of the last.
    t.core.db.raw.prepare(`UPDATE documents SET issued_on = '2027-01-15'`).run();
    const later = t.ok('documents.letter', { id: now.entry.id as number });
    expect(later.items).toContainEqual({ key: 'host', text: 'Kobe City', date: null, until: null });
  });

  test('every placeholder list names each placeholder once', () => {
    for (const list of Object.values(LETTER_PLACEHOLDERS)) expect(new Set(list).size).toBe(list.length);
  });
});

describe('documents.issue takes no number for a letter that cannot print', () => {
  const register = () => t.ok('documents.register.list', {}).rows.map((r) => r.numberEn);

  test('a placement letter for a trainee with no placement, or about the wrong kind of record', () => {
    const refused = t.fail('documents.issue', {
      kind: 'placementRequest',
      record: { type: 'trainee', id: unplaced },
      addressee: 'Someone',
      language: 'ja',
    });
    expect(refused).toMatchObject({
      code: 'conflict',
      issues: [{ path: 'record.id', code: 'letter_needs_placement' }],
    });
    const wrong = t.fail('documents.issue', {
      kind: 'dispatchRequest',
      record: { type: 'trainee', id: placed },
      addressee: 'Someone',
      language: 'en',
    });
    expect(wrong.issues).toEqual([{ path: 'record.type', code: 'letter_wrong_record' }]);
    expect(register()).toEqual([]);
    // The next letter that can print takes number 1: nothing was burnt.
    expect(issue('placementRequest', 'en').seq).toBe(1);
  });

  test('a file made from an office template is not reissued; a letter is', () => {
    const merge = t.ok('documents.issue', {
      kind: 'merge',
      record: { type: 'trainee', id: placed },
      addressee: 'Maria Santos',
      language: 'en',
    });
    expect(t.fail('documents.reissue', { id: merge.id })).toMatchObject({
      code: 'conflict',
      issues: [{ path: 'id', code: 'document_not_reissuable' }],
    });
    expect(register()).toHaveLength(1);
    const letter = issue('acceptance', 'ja');
    expect(t.ok('documents.reissue', { id: letter.id as number }).reissue).toBe(1);
  });
});
