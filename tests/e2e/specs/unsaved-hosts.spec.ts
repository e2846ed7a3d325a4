// Nothing typed into the host form is lost or silently changed: leaving asks (side navigation, Back),
// a crash keeps a draft, Enter in a select chooses and never submits, Ctrl+S saves, and someone
// else's save is shown beside the person's own edits.
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { createHost, HostForm, hostData, openNewHostForm } from '../pages/hosts';
import { goTo, openSection } from '../pages/shell';
import {
  discardDialog,
  expectAskedThenDiscard,
  expectAskedThenKept,
  expectLeftSilently,
  openAt,
  viaBack,
  viaNavigation,
  waitForDraft,
} from '../pages/unsaved';

/**
 * The directory, then the form, by the app's own links, as a person gets there: Back then returns
 * through entries the app made (an address typed into the bar is not one the app can hold).
 */
async function openFrom(page: Page, hostName?: string) {
  await openSection(page, 'Hosts');
  await expect(page.getByTestId('host-list')).toBeVisible();
  if (!hostName) {
    await page.getByRole('link', { name: 'New host' }).click();
    await expect(page.getByRole('heading', { name: 'Add a host institution' })).toBeVisible();
    return new HostForm(page);
  }
  await page.getByTestId('host-row').getByRole('link', { name: hostName }).click();
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { name: `Edit ${hostName}` })).toBeVisible();
  return new HostForm(page);
}

test('leaving a typed host form asks, by the side navigation and by Back; "Keep editing" keeps the text', async ({
  app,
}) => {
  const form = await openFrom(app);
  await form.input('Name in English').fill('Aoba City');
  const name = form.input('Name in English');
  await expectAskedThenKept(app, viaNavigation(app, 'Cohorts'), name, 'Aoba City');
  await expectAskedThenKept(app, viaBack(app), name, 'Aoba City');
  // The Cancel button leaves the form too: asked the same way.
  await expectAskedThenKept(app, () => app.getByRole('button', { name: 'Cancel' }).click(), name, 'Aoba City');
  await expectAskedThenDiscard(app, viaNavigation(app, 'Trainees'));
  await expect(app.getByRole('heading', { name: 'Trainees', exact: true })).toBeVisible();
});

test('leaving a typed edit of a host asks the same way; discarding leaves the host as it was', async ({
  app,
  desk,
}) => {
  // A contact's text as the work at stake.
  const host = await createHost(desk, { nameEn: 'Midori Town', contacts: [{ name: 'Ito Ken' }] });
  const form = await openFrom(app, 'Midori Town');
  const phone = form.input('Phone', form.contact(1));
  await phone.fill('0263-00-0000');
  await expectAskedThenKept(app, viaNavigation(app, 'Settings'), phone, '0263-00-0000');
  await expectAskedThenKept(app, viaBack(app), phone, '0263-00-0000');
  await expectAskedThenDiscard(app, viaBack(app));
  await expect(app.getByTestId('host-name')).toHaveText('Midori Town');
  const saved = await desk.call<{ host: { contacts: { phone: string | null }[] } }>('hosts.get', { id: host.id });
  expect(saved.host.contacts[0]?.phone ?? '').toBe('');
});

test('a host form with nothing typed leaves without a question', async ({ app, desk }) => {
  await createHost(desk, { nameEn: 'Midori Town' });
  await openFrom(app);
  await expectLeftSilently(app, viaNavigation(app, 'Cohorts'), () => expect(app).toHaveURL(/#\/cohorts$/));
  await openFrom(app, 'Midori Town');
  await expectLeftSilently(app, viaBack(app), () => expect(app).toHaveURL(/#\/hosts\/\d+$/));
  // Typed, then put back as it was: nothing to lose, nothing asked.
  const form = await openFrom(app, 'Midori Town');
  await form.input('Address').fill('x');
  await form.input('Address').fill('');
  await expectLeftSilently(app, viaNavigation(app, 'Trainees'), () => expect(app).toHaveURL(/#\/trainees$/));
});

test('a host draft survives the app being killed mid-typing and is offered back', async ({ app, desk }) => {
  // A second server start and two form visits: more than the usual minute on a busy machine.
  test.slow();
  const form = await openNewHostForm(app);
  await form.input('Name in English').fill('Sakura Town');
  await form.input('Name in Japanese').fill('さくら町');
  await form.addContact({ name: 'Kato Yui', email: 'kato@sakura.example.jp' });
  await form.input('Notes').fill('Prefers trainees in spring.');
  await waitForDraft(app, (c, i) => desk.call(c, i), 'host', 'new', { notes: 'Prefers trainees in spring.' });
  await desk.crashAndRestart();
  await openAt(app, await desk.launchUrl(), '/hosts/new');
  const offer = app.getByTestId('draft-offer');
  await expect(offer).toContainText('Restore your unsaved changes from');
  await offer.getByRole('button', { name: 'Restore my changes' }).click();
  await expect(offer).toBeHidden();
  const again = new HostForm(app);
  await expect(again.input('Name in English')).toHaveValue('Sakura Town');
  await expect(again.input('Name in Japanese')).toHaveValue('さくら町');
  await expect(again.input('Name', again.contact(1))).toHaveValue('Kato Yui');
  await expect(again.input('Email', again.contact(1))).toHaveValue('kato@sakura.example.jp');
  await expect(again.input('Notes')).toHaveValue('Prefers trainees in spring.');
  // A contact added after restoring is a row of its own (the restored rows got fresh keys).
  await again.addContact({ name: 'Mori Aki' });
  await expect(app.getByTestId('host-contact')).toHaveCount(2);
  await expect(again.input('Name', again.contact(1))).toHaveValue('Kato Yui');

  // Saving drops the draft: the next new form starts empty, with no offer.
  await again.choose('Kind', 'Town');
  await again.search('Prefecture', 'naga', 'Nagano');
  await again.submit();
  await expect(app.getByTestId('host-name')).toHaveText('Sakura Town');
  // The discard goes out after the save's answer: wait for it rather than race it.
  await expect.poll(() => desk.call('drafts.get', { form: 'host', key: 'new' })).toBeNull();
  await openNewHostForm(app);
  await expect(app.getByTestId('draft-offer')).toHaveCount(0);
});

test("Enter in the host form's selects chooses the match and never submits; Ctrl+S saves", async ({ app }) => {
  const form = await openNewHostForm(app);
  await form.input('Name in English').fill('Aoba City');
  await form.input('Name in Japanese').fill('青葉市');
  await form.input('Kind').fill('Cit');
  await form.input('Kind').press('Enter');
  await expect(form.input('Kind')).toHaveValue('City');
  await expect(form.summary()).toHaveCount(0);
  await expect(app).toHaveURL(/#\/hosts\/new$/);
  // The prefecture in either language.
  await form.input('Prefecture').fill('宮城');
  await form.input('Prefecture').press('Enter');
  await expect(form.input('Prefecture')).toHaveValue('Miyagi');
  // Or by its reading in kana.
  await form.input('Prefecture').fill('みやぎ');
  await form.input('Prefecture').press('Enter');
  await expect(form.input('Prefecture')).toHaveValue('Miyagi');
  // Full-width digits (as a Japanese input method types them) are read, not dropped.
  await form.input('Capacity').fill('８');
  await expect(form.input('Capacity')).toHaveValue('8');
  // Enter with nothing matching does not submit either.
  await form.input('Fields of training offered').fill('zzz');
  await form.input('Fields of training offered').press('Enter');
  await expect(form.summary()).toHaveCount(0);
  await form.input('Fields of training offered').fill('');
  await form.input('Fields of training offered').fill('Touri');
  await form.input('Fields of training offered').press('Enter');
  await expect(app.locator('form .mantine-Pill-label', { hasText: 'Tourism' })).toBeVisible();
  await expect(form.summary()).toHaveCount(0);
  await expect(app).toHaveURL(/#\/hosts\/new$/);

  await form.input('Address').click();
  await app.keyboard.press('Control+s');
  await expect(app.getByTestId('host-name')).toHaveText('Aoba City');
  await expect(app.getByTestId('host-prefecture')).toHaveText('Miyagi');
  await expect(app.getByTestId('host-fields')).toHaveText('Tourism');
  // The capacity typed in full-width digits is the one saved.
  await expect(app.getByText('0 trainees now · capacity 8')).toBeVisible();
  // Saved and left: no question on the way out.
  await expect(discardDialog(app)).toHaveCount(0);
});

test('someone else saving the host first: the edits are kept and shown beside the saved values', async ({
  app,
  desk,
}) => {
  const base = hostData({ nameEn: 'Kita City', nameJa: '北市', address: '1 Kita', capacity: 2 });
  const host = (
    await desk.call<{ host: { id: number; version: number } }>('hosts.create', { data: base, confirm: true })
  ).host;
  await goTo(app, `/hosts/${host.id}/edit`);
  const form = new HostForm(app);
  await expect(form.input('Address')).toHaveValue('1 Kita');
  await form.input('Address').fill('2 Minami');
  // A colleague saves the same field, and another one, meanwhile.
  await desk.call('hosts.update', {
    id: host.id,
    version: host.version,
    data: { ...base, address: '3 Higashi', notes: 'Call before visiting.' },
    confirm: true,
  });
  await form.submit();
  const stale = app.getByTestId('stale-alert');
  await expect(stale).toContainText('Someone else saved this record');
  await expect(stale.getByTestId('stale-changes')).toContainText('2 Minami');
  await expect(stale.getByTestId('stale-changes')).toContainText('3 Higashi');
  // Nothing typed was thrown away: the form still shows the person's edit.
  await expect(form.input('Address')).toHaveValue('2 Minami');
  await stale.getByRole('button', { name: /Keep my changes/ }).click();
  await expect(form.input('Notes')).toHaveValue('Call before visiting.');
  await form.submit();
  await expect(app.getByTestId('host-name')).toHaveText('Kita City');
  const after = (await desk.call<{ host: { address: string; notes: string } }>('hosts.get', { id: host.id })).host;
  // Mine where I typed, theirs where I did not.
  expect(after.address).toBe('2 Minami');
  expect(after.notes).toBe('Call before visiting.');
});
