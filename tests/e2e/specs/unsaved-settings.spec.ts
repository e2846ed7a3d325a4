// Nothing typed in Settings is lost: the staff name (a page form), the vocabulary dialogs (fields of
// training, countries) and the staff-name question at start ask before typed text is dropped, close
// silently when nothing was typed, and save with Ctrl+S. The date settings change how a typed date reads.
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { formatDate } from '../../../shared/dates';
import type { Desk } from '../fixtures';
import { expect, test } from '../fixtures';
import { createTrainee } from '../pages/data';
import { placedTrainee } from '../pages/progress';
import { goTo, openSection } from '../pages/shell';
import { TraineeForm } from '../pages/traineeForm';
import {
  discardDialog,
  expectAskedThenDiscard,
  expectAskedThenKept,
  expectLeftSilently,
  viaBack,
  viaClickOutside,
  viaCloseButton,
  viaEscape,
  viaNavigation,
} from '../pages/unsaved';

/** Settings, reached from Hosts by the side navigation, so Back has an entry of the app's to go to. */
async function openSettings(page: Page) {
  await openSection(page, 'Hosts');
  await expect(page.getByTestId('host-list')).toBeVisible();
  await openSection(page, 'Settings');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
}

test('the staff name: leaving with a name typed asks; nothing typed leaves silently; Ctrl+S saves', async ({
  app,
  desk,
}) => {
  await openSettings(app);
  const name = app.getByLabel('Your name');
  await name.fill('Tanaka Yuki');
  await expectAskedThenKept(app, viaNavigation(app, 'Trainees'), name, 'Tanaka Yuki');
  await expectAskedThenKept(app, viaBack(app), name, 'Tanaka Yuki');
  await expectAskedThenDiscard(app, viaNavigation(app, 'Cohorts'));
  await expect(app).toHaveURL(/#\/cohorts$/);

  await openSettings(app);
  await expect(app.getByLabel('Your name')).toHaveValue('');
  await expectLeftSilently(app, viaBack(app), () => expect(app).toHaveURL(/#\/hosts$/));

  await openSettings(app);
  await app.getByLabel('Your name').fill('Sato Hanako');
  await app.keyboard.press('Control+s');
  await expect(app.getByText('Your name was saved.')).toBeVisible();
  expect(await desk.call<{ staffName: string }>('settings.get')).toMatchObject({ staffName: 'Sato Hanako' });
  // Saved: leaving asks nothing.
  await expectLeftSilently(app, viaNavigation(app, 'Trainees'), () => expect(app).toHaveURL(/#\/trainees$/));
});

/** Every way out of a dialog with typed text asks, "Keep editing" keeps it; "Discard" closes. */
async function expectDialogGuarded(page: Page, dialog: Locator, input: Locator, typed: string) {
  await input.fill(typed);
  await expectAskedThenKept(page, viaEscape(page), input, typed);
  await expectAskedThenKept(page, viaCloseButton(dialog), input, typed);
  await expectAskedThenKept(page, viaClickOutside(page), input, typed);
  await expect(dialog).toBeVisible();
  await expectAskedThenDiscard(page, viaEscape(page));
  await expect(dialog).toBeHidden();
}

/** Nothing typed: each way out closes at once. */
async function expectDialogClosesSilently(page: Page, open: () => Promise<void>, dialog: Locator) {
  for (const leave of [viaEscape(page), viaCloseButton(dialog), viaClickOutside(page)]) {
    await open();
    await expect(dialog).toBeVisible();
    await expectLeftSilently(page, leave, () => expect(dialog).toBeHidden());
  }
}

test('the field-of-training dialog asks before typed names are dropped, and closes silently when clean', async ({
  app,
}) => {
  // Six ways out, each with two dialogs' transitions: more than a minute on a busy machine.
  test.slow();
  await openSettings(app);
  const open = () => app.getByRole('button', { name: 'Add a field', exact: true }).click();
  const dialog = app.getByRole('dialog', { name: 'Add a field', exact: true });
  await open();
  await expectDialogGuarded(app, dialog, dialog.getByLabel('English name'), 'Disaster prevention');
  await expectDialogClosesSilently(app, open, dialog);
});

test('the rename-field dialog asks the same way; the names it started with are not typed work', async ({ app }) => {
  // Six ways out, each with two dialogs' transitions: more than a minute on a busy machine.
  test.slow();
  await openSettings(app);
  const rename = () => app.getByRole('button', { name: 'Rename Tourism' }).click();
  const renameDialog = app.getByRole('dialog', { name: 'Rename field' });
  await rename();
  await expectDialogGuarded(app, renameDialog, renameDialog.getByLabel('Japanese name'), '観光業');
  await expectDialogClosesSilently(app, rename, renameDialog);
});

test("Ctrl+S saves the field-of-training dialog; the core's answer stays on its field", async ({ app }) => {
  await openSettings(app);
  const open = () => app.getByRole('button', { name: 'Add a field', exact: true }).click();
  const dialog = app.getByRole('dialog', { name: 'Add a field', exact: true });
  await open();
  await dialog.getByLabel('English name').fill('Disaster prevention');
  await dialog.getByLabel('Japanese name').fill('防災');
  await app.keyboard.press('Control+s');
  await expect(dialog).toBeHidden();
  await expect(app.getByTestId('fields-table').getByRole('row', { name: /Disaster prevention/ })).toContainText('防災');

  // The core's answer stays in the dialog, on its field, until that field changes.
  await open();
  await dialog.getByLabel('English name').fill('Tourism');
  await dialog.getByLabel('Japanese name').fill('観光2');
  await app.keyboard.press('Control+s');
  const problem = dialog.getByText('A field with this English name already exists. Use another name.');
  await expect(problem).toBeVisible();
  await dialog.getByLabel('English name').fill('Eco-tourism');
  await expect(problem).toBeHidden();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(discardDialog(app)).toHaveCount(0);
});

test('the country dialog asks before typed names are dropped, and closes silently when clean', async ({ app }) => {
  // Six ways out, each with two dialogs' transitions: more than a minute on a busy machine.
  test.slow();
  await openSettings(app);
  const add = () => app.getByRole('button', { name: 'Add a country', exact: true }).click();
  const dialog = app.getByRole('dialog', { name: 'Add a country', exact: true });
  await add();
  await expectDialogGuarded(app, dialog, dialog.getByLabel('Code'), 'XK');
  await expectDialogClosesSilently(app, add, dialog);
});

test('the edit-country dialog asks the same way', async ({ app }) => {
  // Six ways out, each with two dialogs' transitions: more than a minute on a busy machine.
  test.slow();
  await openSettings(app);
  const edit = () => app.getByRole('button', { name: 'Edit Vietnam' }).click();
  const editDialog = app.getByRole('dialog', { name: 'Edit Vietnam' });
  await edit();
  await expectDialogGuarded(app, editDialog, editDialog.getByLabel('English name'), 'Viet Nam');
  await expectDialogClosesSilently(app, edit, editDialog);
});

test('Ctrl+S saves the country dialog', async ({ app, desk }) => {
  await openSettings(app);
  const edit = () => app.getByRole('button', { name: 'Edit Vietnam' }).click();
  const editDialog = app.getByRole('dialog', { name: 'Edit Vietnam' });
  await edit();
  await editDialog.getByLabel('English name').fill('Viet Nam');
  await app.keyboard.press('Control+s');
  await expect(editDialog).toBeHidden();
  await expect(app.getByTestId('countries-table').getByRole('row', { name: /Viet Nam/ })).toBeVisible();
  const countries = await desk.call<{ code: string; nameEn: string }[]>('reference.countries.list');
  expect(countries.find((c) => c.code === 'VN')?.nameEn).toBe('Viet Nam');
});

const contexts: BrowserContext[] = [];
test.afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

/** A new window on the app, as a new start: the staff-name question is asked. */
async function openFresh(browser: Browser, desk: Desk): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Asia/Singapore' });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(await desk.launchUrl('/trainees'));
  await expect(page.getByRole('navigation')).toBeVisible();
  return page;
}

test('the staff-name question: Esc with a name typed asks, without one it puts the question off; Ctrl+S saves', async ({
  browser,
  desk,
}) => {
  await createTrainee(desk);
  let page = await openFresh(browser, desk);
  let prompt = page.getByRole('dialog', { name: 'Who is using CLAIR Desk?' });
  const input = prompt.getByLabel('Your name');
  await input.fill('Tanaka Yuki');
  await expectAskedThenKept(page, viaEscape(page), input, 'Tanaka Yuki');
  // Asked on purpose: a click beside it does not put it away.
  await viaClickOutside(page)();
  await expect(prompt).toBeVisible();
  await expect(input).toHaveValue('Tanaka Yuki');
  await expectAskedThenDiscard(page, viaEscape(page));
  await expect(prompt).toBeHidden();
  expect(await desk.call<{ staffName: string | null }>('settings.get')).toMatchObject({ staffName: null });

  // Nothing typed: Esc puts it off at once, as "Later" does.
  page = await openFresh(browser, desk);
  prompt = page.getByRole('dialog', { name: 'Who is using CLAIR Desk?' });
  await expect(prompt).toBeVisible();
  await expectLeftSilently(page, viaEscape(page), () => expect(prompt).toBeHidden());

  page = await openFresh(browser, desk);
  prompt = page.getByRole('dialog', { name: 'Who is using CLAIR Desk?' });
  await prompt.getByLabel('Your name').fill('Sato Hanako');
  await page.keyboard.press('Control+s');
  await expect(prompt).toBeHidden();
  await expect(page.getByText('Thank you, Sato Hanako.')).toBeVisible();
  expect(await desk.call<{ staffName: string }>('settings.get')).toMatchObject({ staffName: 'Sato Hanako' });
});

test('dates typed as numbers: switching to month first makes 04/05/2027 read as 5 April', async ({ app, desk }) => {
  const dateOfBirth = async () => {
    await openSection(app, 'Trainees');
    await app.getByRole('link', { name: 'New trainee' }).click();
    const form = new TraineeForm(app);
    const input = form.input('Date of birth');
    await input.fill('04/05/2027');
    return input;
  };
  // Day first (as in Singapore) until changed.
  await dateOfBirth();
  await expect(app.getByText('Tuesday, 4 May 2027')).toBeVisible();
  await expectAskedThenDiscard(app, viaNavigation(app, 'Settings'));

  const order = app.getByRole('radiogroup', { name: 'Dates typed as numbers' });
  await expect(order.getByRole('radio', { name: /^Day first/ })).toBeChecked();
  await order.getByRole('radio', { name: 'Month first: 04/05/2027 is 5 Apr 2027' }).check();
  await expect(app.getByText('The date setting was saved.')).toBeVisible();
  expect(await desk.call<{ dateOrder: string }>('settings.get')).toMatchObject({ dateOrder: 'mdy' });

  const input = await dateOfBirth();
  await expect(app.getByText('Monday, 5 April 2027')).toBeVisible();
  await input.press('Tab');
  await expect(input).toHaveValue('2027-04-05');
  await expectAskedThenDiscard(app, viaNavigation(app, 'Settings'));

  // How dates are shown: kept with the data, like the order.
  const display = app.getByRole('radiogroup', { name: 'Show dates as' });
  // The examples are what the screens show: Western is the ISO form, not words.
  await expect(display.getByRole('radio', { name: 'Western: 2027-04-05' })).toBeChecked();
  await display.getByRole('radio', { name: 'Japanese era: R9.4.5' }).check();
  await expect.poll(async () => (await desk.call<{ dateDisplay: string }>('settings.get')).dateDisplay).toBe('era');
  await app.reload();
  await expect(
    app.getByRole('radiogroup', { name: 'Show dates as' }).getByRole('radio', { name: /^Japanese era/ }),
  ).toBeChecked();
  await expect(
    app.getByRole('radiogroup', { name: 'Dates typed as numbers' }).getByRole('radio', { name: /^Month first/ }),
  ).toBeChecked();
  // A trainee's placements follow the setting too.
  const placed = await placedTrainee(desk);
  await goTo(app, `/trainees/${placed.trainee.id}`);
  await expect(app.getByTestId('placements-card')).toContainText(
    formatDate(placed.start, { lang: 'en', style: 'era' }),
  );
});
