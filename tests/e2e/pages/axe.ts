// An axe scan of what the page shows now: no serious or critical violation (WCAG 2.1 A/AA and
// best practices), each one listed with where it is when the check fails.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export async function scan(page: Page, screen: string) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
          .map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`)
          .slice(0, 5)
          .join('\n  ')}`,
    );
  expect(bad, `axe on ${screen}`).toEqual([]);
}
