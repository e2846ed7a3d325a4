import { describe, expect, test } from 'vitest';
import { decodeText, UndecodableError } from './decode';

const TEXT = '名前,Name,Ville\n東京都,Tokyo,Café\n';
const sjis = Buffer.from([0x96, 0xbc, 0x91, 0x4f, 0x2c, 0x41, 0x0a, 0x93, 0x8c, 0x8b, 0x9e, 0x2c, 0x42, 0x0a]); // 名前,A 東京,B
const eucjp = Buffer.from([0xcc, 0xbe, 0xc1, 0xb0, 0x2c, 0x41, 0x0a, 0xc5, 0xec, 0xb5, 0xfe, 0x2c, 0x42, 0x0a]);
const be = (text: string) => Buffer.from(text, 'utf16le').swap16();

const failure = (bytes: Uint8Array, chosen?: Parameters<typeof decodeText>[1]) => {
  try {
    decodeText(bytes, chosen);
  } catch (e) {
    return e instanceof UndecodableError ? { encoding: e.encoding, line: e.line } : e;
  }
  return null;
};

describe('decodeText', () => {
  test('a byte-order mark decides, and is not part of the text', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]))).toMatchObject({
      text: TEXT,
      encoding: 'utf-8',
    });
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])).text).toBe(TEXT);
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be(TEXT)])).encoding).toBe('utf-16be');
  });

  test('valid UTF-8 is UTF-8; otherwise the encoding that reads the bytes cleanly and plausibly', () => {
    expect(decodeText(Buffer.from(TEXT)).encoding).toBe('utf-8');
    expect(decodeText(sjis)).toMatchObject({ text: '名前,A\n東京,B\n', encoding: 'shift_jis' });
    expect(decodeText(eucjp)).toMatchObject({ text: '名前,A\n東京,B\n', encoding: 'euc-jp' });
    expect(decodeText(Buffer.from(TEXT, 'utf16le'))).toMatchObject({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeText(be(TEXT))).toMatchObject({ text: TEXT, encoding: 'utf-16be' });
    // UTF-16 of plain ASCII is also valid UTF-8 (with a NUL in every other byte): it is UTF-16.
    expect(decodeText(Buffer.from('name,kind\nAoba,city\n', 'utf16le')).encoding).toBe('utf-16le');
    const cp1252 = Buffer.from([...Buffer.from('Caf'), 0xe9, 0x2c, 0x93, 0x78, 0x94, 0x0a]);
    expect(decodeText(cp1252)).toMatchObject({ text: 'Café,“x”\n', encoding: 'windows-1252' });
  });

  test('a chosen encoding is used as chosen, and the candidates list what reads cleanly', () => {
    const read = decodeText(sjis, 'windows-1252');
    expect(read.encoding).toBe('windows-1252');
    expect(read.text).not.toContain('名');
    expect(read.candidates).toEqual(['shift_jis', 'windows-1252']);
  });

  test('bytes that do not read cleanly in the chosen encoding are refused with the first bad line', () => {
    const bytes = Buffer.concat([Buffer.from('a,b\nc,d\n'), sjis]);
    expect(failure(bytes, 'utf-8')).toEqual({ encoding: 'utf-8', line: 3 });
    expect(failure(sjis, 'euc-jp')).toMatchObject({ encoding: 'euc-jp', line: 1 });
    // A replacement character in the file itself is never taken in either.
    expect(failure(Buffer.from('a\nb\uFFFD\n'))).toEqual({ encoding: 'utf-8', line: 2 });
    // A UTF-8 mark on bytes that are not UTF-8.
    expect(failure(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), sjis]))).toEqual({ encoding: 'utf-8', line: 1 });
  });
});
