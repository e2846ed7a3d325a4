// Zawgyi detected with Google's model and converted with Rabbit; Unicode and other scripts left alone.
import { expect, test, vi } from 'vitest';
import { zawgyiProbability, zawgyiToUnicode } from './zawgyi';

// "Aung San Suu Kyi" and "Kyaw Kyaw" as a Zawgyi keyboard types them, and in Unicode.
const ZAWGYI = ['ေအာင္ဆန္းစုၾကည္', 'ေက်ာ္ေက်ာ္'];
const UNICODE = ['အောင်ဆန်းစုကြည်', 'ကျော်ကျော်'];

test('Zawgyi names are detected and offered in Unicode', () => {
  ZAWGYI.forEach((zg, i) => {
    expect(zawgyiProbability(zg)).toBeGreaterThan(0.95);
    expect(zawgyiToUnicode(zg)).toBe(UNICODE[i]);
  });
});

test('Unicode Myanmar text is not offered for conversion', () => {
  for (const text of UNICODE) {
    expect(zawgyiProbability(text)).toBeLessThan(0.05);
    expect(zawgyiToUnicode(text)).toBeNull();
  }
});

test('text without Myanmar letters is never Zawgyi', () => {
  for (const text of ['Aung San', 'สมชาย', '山田太郎', '']) {
    expect(zawgyiProbability(text)).toBe(0);
    expect(zawgyiToUnicode(text)).toBeNull();
  }
});

test('a text the same in both encodings is not offered (nothing would change)', () => {
  expect(zawgyiToUnicode('သီတာ')).toBeNull();
});

test('the model loads without Node’s Buffer (as in a browser), and Buffer is left as it was', async () => {
  vi.resetModules();
  const scope = globalThis as { Buffer?: unknown };
  const saved = scope.Buffer;
  delete scope.Buffer;
  try {
    const fresh = await import('./zawgyi');
    expect(fresh.zawgyiToUnicode(ZAWGYI[0] as string)).toBe(UNICODE[0]);
    expect(scope.Buffer).toBeUndefined();
  } finally {
    scope.Buffer = saved;
  }
  vi.resetModules();
  const again = await import('./zawgyi');
  expect(again.zawgyiProbability(ZAWGYI[1] as string)).toBeGreaterThan(0.95);
  expect(scope.Buffer).toBe(saved);
});
