// The History screen: every change, newest first, who and when, the record in words and linked, the
// values before and after; filtered by person, kind of record, action, days and words; and each
// record's own history on its page, linked to the screen.
import { expect, test } from '../fixtures';
import { arrangeHistory, HistoryScreen } from '../pages/audit';
import { scan } from '../pages/axe';
import { createCohort, fiscalYearOf, isoFromToday } from '../pages/cohorts';
import { createTrainee } from '../pages/data';
import { createHost, currentFy, placeViaApi } from '../pages/placements';
import { goTo, openSection, switchLanguage } from '../pages/shell';

test('the whole history: who, when, what, the record; the changes before and after', async ({ app, desk }) => {
  const { trainee } = await arrangeHistory(desk);
  await openSection(app, 'History');
  await expect(app.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();
  const screen = new HistoryScreen(app);
  await screen.settled();
  // Newest first: the archive by Suzuki Ken, then his name being set, then Tanaka Yuki's changes.
  const first = screen.rows().first();
  await expect(first).toContainText('Archived');
  await expect(first).toContainText('Suzuki Ken');
  await expect(first).toContainText('Siti Rahmawati');
  await expect(screen.rows()).toHaveCount(7);

  // The edit, opened: the field that changed, old → new.
  const edit = screen.rows().filter({ hasText: 'Edited' }).filter({ hasText: 'Trainee' });
  await expect(edit).toContainText('Notes');
  const changes = await screen.expand(edit);
  const notes = changes.getByTestId('audit-change').filter({ hasText: 'Notes' });
  await expect(notes.getByRole('cell').nth(0)).toHaveText('—');
  await expect(notes.getByRole('cell').nth(1)).toHaveText('Prefers mornings');
  await expect(edit.getByTestId('audit-toggle')).toHaveAttribute('aria-expanded', 'true');

  // The host's edit: capacity 2 → 4.
  const hostEdit = screen.rows().filter({ hasText: 'Sapporo City' }).filter({ hasText: 'Edited' });
  const hostChanges = await screen.expand(hostEdit);
  await expect(hostChanges.getByTestId('audit-change').filter({ hasText: 'Capacity' })).toContainText('24');

  // The record's name links to its page.
  await first.getByTestId('audit-record-link').click();
  await expect(app).toHaveURL(new RegExp(`#/trainees/${trainee.id}$`));
});

test('filters: person, kind of record, action, days, words; in the URL', async ({ app, desk }) => {
  await arrangeHistory(desk);
  await goTo(app, '/history');
  const screen = new HistoryScreen(app);
  await screen.settled();

  await screen.pick('audit-actor', 'Suzuki Ken');
  await expect(screen.rows()).toHaveCount(2);
  await expect(app.getByTestId('audit-list')).toHaveAttribute('data-query', 'actor=Suzuki+Ken');
  await app.getByTestId('audit-clear').click();
  await screen.settled();

  await screen.pick('audit-entity', 'Host institution');
  await expect(screen.rows()).toHaveCount(2);
  await screen.pick('audit-action', 'Edited');
  await expect(screen.rows()).toHaveCount(1);
  await expect(screen.rows().first()).toContainText('Sapporo City');
  await app.getByTestId('audit-clear').click();
  await screen.settled();

  // Words in the values: found in the edit that wrote them; nothing for words nowhere.
  await app.getByTestId('audit-text').fill('MORNINGS');
  await expect(app.getByTestId('audit-list')).toHaveAttribute('data-query', 'q=MORNINGS');
  await screen.settled();
  await expect(screen.rows()).toHaveCount(1);
  await expect(screen.rows().first()).toContainText('Edited');
  await app.getByTestId('audit-text').fill('no such words anywhere');
  await screen.settled();
  await expect(app.getByText('No changes match these filters.')).toBeVisible();
  await app.getByTestId('audit-clear').click();
  await screen.settled();

  // Days: from tomorrow nothing; up to today everything.
  await app.getByTestId('audit-from').fill(isoFromToday(1));
  await app.getByTestId('audit-from').press('Enter');
  await screen.settled();
  await expect(app.getByText('No changes match these filters.')).toBeVisible();
  await app.getByTestId('audit-clear').click();
  await app.getByTestId('audit-to').fill(isoFromToday(0));
  await app.getByTestId('audit-to').press('Enter');
  await screen.settled();
  await expect(screen.rows()).toHaveCount(7);

  // The URL keeps the view through a reload.
  await goTo(app, '/history?entity=host&action=create');
  await screen.settled();
  await app.reload();
  await screen.settled();
  await expect(screen.rows()).toHaveCount(1);
  await expect(app.getByTestId('audit-entity')).toHaveValue('Host institution');
});

test('a record’s page shows its own history, and links to it on the History screen', async ({ app, desk }) => {
  const { host } = await arrangeHistory(desk);
  await goTo(app, `/hosts/${host.id}`);
  const history = app.getByTestId('history');
  await expect(history.getByTestId('history-entry')).toHaveCount(2);
  await expect(history).toContainText('Changed: Capacity');
  await history
    .getByTestId('history-entry')
    .filter({ hasText: 'Edited' })
    .getByRole('button', { name: 'Show changes' })
    .click();
  await expect(history.getByTestId('audit-change').filter({ hasText: 'Capacity' })).toBeVisible();

  await app.getByTestId('history-all').click();
  const screen = new HistoryScreen(app);
  await screen.settled();
  await expect(app.getByTestId('audit-record-filter')).toHaveText('Host institution · Sapporo City');
  await expect(screen.rows()).toHaveCount(2);
  await app.getByTestId('audit-record-clear').click();
  await screen.settled();
  await expect(screen.rows()).toHaveCount(2);
  await expect(app.getByTestId('audit-list')).toHaveAttribute('data-query', 'entity=host');

  // A cohort's page too.
  const introStart = isoFromToday(-10);
  const fy = fiscalYearOf(introStart);
  await createCohort(desk, fy, introStart);
  await goTo(app, `/cohorts/${fy}`);
  await expect(app.getByTestId('history')).toContainText('Registered');
  await expect(app.getByTestId('history')).toContainText('Suzuki Ken');
});

test('no serious accessibility findings, in English and Japanese', async ({ app, desk }) => {
  await arrangeHistory(desk);
  await goTo(app, '/history');
  const screen = new HistoryScreen(app);
  await screen.settled();
  await screen.expand(screen.rows().filter({ hasText: 'Edited' }).first());
  await scan(app, 'history (en)');
  await switchLanguage(app, '日本語');
  await expect(app.getByRole('heading', { name: '変更履歴', level: 1 })).toBeVisible();
  await expect(screen.rows().first()).toContainText('アーカイブ');
  await scan(app, 'history (ja)');
});

test('a trainee’s page shows its placements’ entries in its history, each saying what it is about', async ({
  app,
  desk,
}) => {
  const fy = currentFy();
  const host = await createHost(desk, { capacity: 2 });
  const trainee = await createTrainee(desk, {
    fullName: 'Hana Placedtoo',
    status: 'on_placement',
    fiscalYear: fy,
    arrivalDate: isoFromToday(-60),
    departureDate: isoFromToday(300),
  });
  await placeViaApi(desk, { traineeId: trainee.id, hostId: host.id, start: isoFromToday(-20), end: isoFromToday(200) });
  await goTo(app, `/trainees/${trainee.id}`);
  const placement = app.getByTestId('history').locator('[data-testid="history-entry"][data-entity="placement"]');
  await expect(placement).toHaveCount(1);
  await expect(placement).toContainText('Placement: ');
  await expect(placement).toContainText(`Hana Placedtoo → ${host.nameEn}`);
  await expect(app.getByTestId('history').locator('[data-entity="trainee"]')).toHaveCount(1);
  await switchLanguage(app, '日本語');
  await expect(placement).toContainText('配属：');
});
