// An axe scan of what the page shows now: no serious or critical violation (WCAG 2.1 A/AA and
// best practices), each one listed with where it is when the check fails.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export async function scan(page: Page, screen: string) {
  // A dialog fading in has its colours half-way: contrast is judged once every transition has ended
  // (endless ones, such as a spinner's, are not waited for).
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Number.POSITIVE_INFINITY))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
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
