// Text is stored and shown back exactly, never run: markup and script typed into records appears as
// the characters typed — on the record, in the list, in the History screen's before/after — and
// nothing of it executes (no handler fires, no element is made from it; the CSP would log one).
import { expect, test } from '../fixtures';
import { HistoryScreen } from '../pages/audit';
import { createTrainee } from '../pages/data';
import { createHost } from '../pages/hosts';
import { goTo } from '../pages/shell';

const NAME = '<img src=x onerror="window.__pwned=1">';
const NOTES = '<script>window.__pwned=2</script> & <b>bold</b> {{constructor.constructor("window.__pwned=3")()}}';
const HOST = '"><svg onload=window.__pwned=4>';

test('markup and script in stored text show as text everywhere, and never run', async ({ app, desk }) => {
  const t = await createTrainee(desk, { fullName: NAME, notes: NOTES });
  const host = await createHost(desk, { nameEn: HOST, nameJa: '<i>札幌</i>' });

  await goTo(app, `/trainees/${t.id}`);
  await expect(app.getByRole('heading', { level: 1 })).toHaveText(NAME);
  await expect(app.getByText(NOTES, { exact: true })).toBeVisible();

  await goTo(app, `/hosts/${host.id}`);
  await expect(app.getByTestId('host-name')).toHaveText(HOST);

  await goTo(app, '/history');
  const screen = new HistoryScreen(app);
  await screen.settled();
  const created = screen.rows().filter({ hasText: 'Trainee' }).first();
  await expect(created.getByTestId('audit-record-link')).toHaveText(`${NAME} (${t.ref})`);
  const changes = await screen.expand(created);
  await expect(changes.getByTestId('audit-change').filter({ hasText: 'Name as in passport' })).toContainText(NAME);
  await expect(changes.getByTestId('audit-change').filter({ hasText: 'Notes' })).toContainText(NOTES);
  await expect(screen.rows().filter({ hasText: 'Host institution' }).first()).toContainText(HOST);

  // Nothing ran and nothing was made from the text.
  expect(await app.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expect(app.locator('img[src="x"], svg[onload], b:text-is("bold"), script:not([src])')).toHaveCount(0);
});
