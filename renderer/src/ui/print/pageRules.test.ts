import { expect, test } from 'vitest';
import { counterContent, cssString, pageRules } from './pageRules';

test('page numbers become CSS counters around quoted words, in either language', () => {
  expect(counterContent('Page {page} of {pages}')).toBe('"Page " counter(page) " of " counter(pages)');
  expect(counterContent('{page} / {pages} ページ')).toBe('counter(page) " / " counter(pages) " ページ"');
});

test('text cannot break out of its CSS string', () => {
  expect(cssString('a "b" \\ c\nd')).toBe('"a \\"b\\" \\\\ c d"');
  const css = pageRules({ footerLeft: 'x"; } body { color: red', headerRight: 'T', pageNumber: '{page}' });
  expect(css).toContain('content: "x\\"; } body { color: red"');
  expect(css).toContain('size: A4 portrait');
});
