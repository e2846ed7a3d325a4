// Property test of the host CSV import across encodings: generated files with every fault class the
// reader knows (an unclosed quote, more or fewer cells than the header, blank and separator-only
// lines, a stray quote, bytes that are not text in the file's encoding), in every supported encoding,
// with and without a byte-order mark, with LF or CRLF. Whatever the file: every physical line is
// accounted for (the header, a row, or inside a row's cells); no replacement character reaches a
// preview or the database; an undecodable file is refused with its line and its import writes nothing.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { TEXT_ENCODINGS, type TextEncoding } from '../../../shared/text/encodings';
import { openTestCore, snapshot, type TestCore } from '../../../tests/support/test-core';
import { BOM, encodeAs } from '../files/__tests__/encode';

let t: TestCore;
beforeAll(() => {
  t = openTestCore();
});
afterAll(() => t.close());

const HEADER = ['name_en', 'name_ja', 'kind', 'prefecture', 'capacity'];

// Name characters each encoding can hold (Windows-1252: accented Latin; the Japanese ones: kanji and kana).
const LETTERS: Record<TextEncoding, string> = {
  'utf-8': 'abcxyz札幌北原南野町ナカタéüกขမ',
  'utf-16le': 'abcxyz札幌北原南野町ナカタéüกขမ',
  'utf-16be': 'abcxyz札幌北原南野町ナカタéüกขမ',
  shift_jis: 'abcxyz札幌北原南野町青葉東京ナカタあい',
  'euc-jp': 'abcxyz札幌北原南野町青葉東京ナカタあい',
  'windows-1252': 'abcxyzéèàüöçñÆ',
};

type Fault = 'none' | 'unclosed_quote' | 'fewer_cells' | 'more_cells' | 'blank' | 'separators' | 'stray_quote';
const FAULTS: Fault[] = [
  'none',
  'none',
  'none',
  'unclosed_quote',
  'fewer_cells',
  'more_cells',
  'blank',
  'separators',
  'stray_quote',
];

const spec = fc.record({
  encoding: fc.constantFrom(...TEXT_ENCODINGS),
  bom: fc.boolean(),
  crlf: fc.boolean(),
  /** Tell the import the encoding (as a person would after looking), or let it detect. */
  told: fc.boolean(),
  undecodable: fc.boolean(),
  rows: fc.array(
    fc.record({ fault: fc.constantFrom(...FAULTS), name: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }) }),
    { minLength: 1, maxLength: 12 },
  ),
});
type Spec = typeof spec extends fc.Arbitrary<infer T> ? T : never;

function line(fault: Fault, nameEn: string, nameJa: string): string {
  const cells = [nameEn, nameJa, 'city', '1', '2'];
  if (fault === 'unclosed_quote') return `"${cells.join(',')}`;
  if (fault === 'fewer_cells') return cells.slice(0, 4).join(',');
  if (fault === 'more_cells') return [...cells, 'surplus'].join(',');
  if (fault === 'blank') return '';
  if (fault === 'separators') return ',,,,';
  if (fault === 'stray_quote') return [`"${nameEn}"x`, ...cells.slice(1)].join(',');
  return cells.join(',');
}

/** The file's text, its bytes, and the physical line an undecodable byte was put on (if any). */
function build(s: Spec) {
  const letters = [...LETTERS[s.encoding]];
  const lines = [HEADER.join(',')];
  s.rows.forEach((r, i) => {
    const name = r.name.map((n) => letters[n % letters.length]).join('');
    lines.push(line(r.fault, `${name} ${i}`, `${name}${i}`));
  });
  const eol = s.crlf ? '\r\n' : '\n';
  const text = `${lines.join(eol)}${eol}`;
  const bom = s.bom ? (BOM[s.encoding] ?? []) : [];
  let bytes = Buffer.concat([Buffer.from(bom), encodeAs(text, s.encoding)]);
  const canBreak = s.encoding !== 'windows-1252' && !s.encoding.startsWith('utf-16');
  let badLine: number | null = null;
  if (s.undecodable && canBreak) {
    // A lone lead byte (0x81 is not text in UTF-8, Shift_JIS or EUC-JP) just before the last line break.
    badLine = lines.length;
    const cut = bytes.length - encodeAs(eol, s.encoding).length;
    bytes = Buffer.concat([bytes.subarray(0, cut), Buffer.from([0x81]), bytes.subarray(cut)]);
  }
  return { text, lines, bytes, badLine, lineCount: lines.length };
}

const isAscii = (text: string) => [...text].every((ch) => ch.charCodeAt(0) < 0x80);
const breaks = (cells: string[]) => cells.join('').split('\n').length - 1;

test('every encoding, every fault: each line accounted for, no replacement character, refusals write nothing', () => {
  fc.assert(
    fc.property(spec, (s) => {
      const { text, bytes, badLine, lineCount } = build(s);
      const file = {
        fileName: 'hosts.csv',
        format: 'csv' as const,
        data: bytes.toString('base64'),
        ...(s.told || badLine !== null ? { encoding: s.encoding } : {}),
      };
      const before = snapshot(t.core);
      const preview = t.ok('hosts.import.preview', file);
      expect(snapshot(t.core)).toEqual(before);

      if (badLine !== null) {
        expect(preview.problems).toContainEqual(
          expect.objectContaining({ code: 'undecodable', params: { encoding: s.encoding, line: badLine } }),
        );
        expect(preview.rows).toEqual([]);
        const refused = t.fail('hosts.import.commit', { ...file, decisions: [] });
        expect(refused.issues?.[0]?.code).toBe('undecodable');
        expect(snapshot(t.core)).toEqual(before);
        return;
      }

      // Told, it reads as told; detected, Unicode is certain, and a legacy encoding is at least offered
      // (a few accented letters can also be valid Shift_JIS: the person then switches).
      // Plain ASCII is the same text in every ASCII-compatible encoding, and read as UTF-8.
      if (file.encoding || s.encoding.startsWith('utf-')) expect(preview.encoding).toBe(s.encoding);
      else if (isAscii(text)) expect(preview.encoding).toBe('utf-8');
      else expect(preview.encodings).toContain(s.encoding);
      // Every physical line: the header's, each row's, and those inside a row's cells (an unclosed quote's).
      const covered = new Set<number>([1]);
      for (const row of preview.rows)
        for (let l = row.line; l <= Math.min(row.line + breaks(row.values), lineCount); l++) covered.add(l);
      expect([...covered].sort((a, b) => a - b)).toEqual(Array.from({ length: lineCount }, (_, i) => i + 1));
      for (const row of preview.rows) expect(row.values.join('')).not.toContain('\uFFFD');
      // The first unclosed quote is always said, with the lines it took in.
      const codes = preview.rows.flatMap((r) => r.problems.map((p) => p.code));
      if (s.rows.some((r) => r.fault === 'unclosed_quote')) expect(codes).toContain('unclosed_quote');
      const shaped = s.rows.findIndex((r) => r.fault === 'fewer_cells' || r.fault === 'more_cells');
      const quoted = s.rows.findIndex((r) => r.fault === 'unclosed_quote' || r.fault === 'stray_quote');
      if (shaped >= 0 && (quoted < 0 || shaped < quoted))
        expect(codes.some((c) => c === 'cell_count' || c === 'extra_cells')).toBe(true);

      const decisions = preview.rows.map((r) => ({
        line: r.line,
        action: r.host ? ('create' as const) : ('skip' as const),
      }));
      const result = t.ok('hosts.import.commit', { ...file, decisions });
      expect(result.created).toBe(preview.rows.filter((r) => r.host).length);
      const stored = t.core.db.raw
        .prepare('SELECT count(*) FROM hosts WHERE instr(name_en || name_ja, char(65533)) > 0')
        .pluck()
        .get();
      expect(stored).toBe(0);
    }),
    { numRuns: 120 },
  );
});
