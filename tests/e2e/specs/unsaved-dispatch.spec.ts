// Nothing typed into the Specialist Dispatch screens is lost or silently changed: the specialist and
// request forms ask before the side navigation or Back throws typed work away (and leave at once when
// nothing was typed), a request typed when the app is killed is offered back, Enter in the request
// form's searchable selects chooses and never submits, and Ctrl+S saves. The move, counterpart,
// field-of-expertise and dispatch dialogs ask before Esc, the close button or a click outside close
// them while dirty. After someone else's save, each screen reloads its own record.
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import {
  arrangeMatched,
  createRequest,
  expectState,
  fieldId,
  input,
  moveRequest,
  openRequests,
  type SavedRequest,
} from '../pages/dispatch';
import { goTo } from '../pages/shell';
import {
  expectAskedThenDiscard,
  expectAskedThenKept,
  expectClosesSilently,
  expectEveryWayOutAsks,
  expectLeftSilently,
  openAt,
  viaBack,
  viaNavigation,
  waitForDraft,
} from '../pages/unsaved';

const TRAINEES = /^Trainees$/;

async function openNewSpecialist(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Specialists', exact: true }).click();
  await page.getByRole('link', { name: 'New specialist' }).first().click();
  await expect(page.getByRole('heading', { name: 'Add a specialist' })).toBeVisible();
}

async function openNewRequest(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Dispatch requests', exact: true }).click();
  await page.getByRole('link', { name: 'New request' }).first().click();
  await expect(page.getByRole('heading', { name: 'Record a dispatch request' })).toBeVisible();
}

test('the specialist form asks before leaving typed work, leaves clean at once, and Ctrl+S saves', async ({ app }) => {
  await openNewSpecialist(app);
  await expectLeftSilently(app, viaNavigation(app, TRAINEES), () => expect(app).toHaveURL(/#\/trainees$/));

  await openNewSpecialist(app);
  const name = input(app, 'Name (English)');
  await name.fill('Kenji Sato');
  await expectAskedThenKept(app, viaNavigation(app, TRAINEES), name, 'Kenji Sato');
  await expectAskedThenKept(app, viaBack(app), name, 'Kenji Sato');
  await expectAskedThenDiscard(app, viaBack(app));
  await expect(app).toHaveURL(/#\/dispatch\/specialists$/);

  await app.getByRole('link', { name: 'New specialist' }).first().click();
  await input(app, 'Name (English)').fill('Kenji Sato');
  await input(app, 'Home local government').fill('Kitakyushu City');
  // The prefecture is a searchable select: Enter chooses the highlighted match and does not submit.
  const prefecture = input(app, 'Prefecture');
  await prefecture.fill('Fukuo');
  await prefecture.press('Enter');
  await expect(prefecture).toHaveValue('Fukuoka');
  await expect(app).toHaveURL(/#\/dispatch\/specialists\/new$/);
  await app.keyboard.press('Control+s');
  await expect(app.getByTestId('specialist-name')).toHaveText('Kenji Sato');
});

test('the request form asks before leaving typed work and leaves clean at once', async ({ app }) => {
  await openNewRequest(app);
  await expectLeftSilently(app, viaBack(app), () => expect(app).toHaveURL(/#\/dispatch$/));

  await openNewRequest(app);
  const summary = input(app, 'What is asked for');
  await summary.fill('Advice on composting');
  await expectAskedThenKept(app, viaNavigation(app, TRAINEES), summary, 'Advice on composting');
  await expectAskedThenKept(app, viaBack(app), summary, 'Advice on composting');
  await expectAskedThenDiscard(app, viaNavigation(app, TRAINEES));
  await expect(app).toHaveURL(/#\/trainees$/);
});

test('Enter in the request form’s searchable selects chooses and never submits; Ctrl+S saves', async ({ app }) => {
  await openNewRequest(app);
  const picks: [string, string, string][] = [
    ['Fiscal year', '2026', 'FY2026'],
    ['Country', 'Thai', 'Thailand'],
    ['Field of expertise', 'Solid Waste', 'Solid Waste Management'],
  ];
  for (const [label, typed, chosen] of picks) {
    const select = input(app, label);
    await select.fill(typed);
    await select.press('Enter');
    await expect(select).toHaveValue(chosen);
    // Moving on keeps the choice (the list's first option does not take its place).
    await select.press('Tab');
    await expect(select).toHaveValue(chosen);
    await expect(app.getByTestId('form-errors')).toHaveCount(0);
    await expect(app).toHaveURL(/#\/dispatch\/requests\/new$/);
  }
  // Nothing matching: Enter still does not submit.
  await input(app, 'Country').fill('zzz');
  await input(app, 'Country').press('Enter');
  await expect(app.getByTestId('form-errors')).toHaveCount(0);
  await input(app, 'Country').fill('Thai');
  await input(app, 'Country').press('Tab');
  await expect(input(app, 'Country')).toHaveValue('Thailand');

  await input(app, 'Requesting local government').fill('Chiang Mai Province');
  await input(app, 'What is asked for').fill('Advice on separating household waste at source.');
  await app.keyboard.press('Control+s');
  await expect(app.getByTestId('request-reference')).toHaveText(/^SD-FY2026-\d+$/);
});

test('a request typed when the app is killed is offered back after the restart', async ({ app, desk }) => {
  await openNewRequest(app);
  await input(app, 'Requesting local government').fill('Da Nang City');
  await input(app, 'What is asked for').fill('Help with flood warnings for the river districts.');
  await waitForDraft(app, (c, i) => desk.call(c, i), 'dispatch-request', 'new', {
    summary: 'Help with flood warnings for the river districts.',
  });
  // Both fields are in the draft (a write may have come between the two).
  await expect
    .poll(async () => {
      const draft = await desk.call<{ values: { summary?: string } } | null>('drafts.get', {
        form: 'dispatch-request',
        key: 'new',
      });
      return draft?.values.summary ?? '';
    })
    .toBe('Help with flood warnings for the river districts.');
  await desk.crashAndRestart();

  await openAt(app, await desk.launchUrl(), '/dispatch/requests/new');
  const offer = app.getByTestId('draft-offer');
  await expect(offer).toContainText('Restore your unsaved changes from');
  await offer.getByRole('button', { name: 'Restore my changes' }).click();
  await expect(input(app, 'Requesting local government')).toHaveValue('Da Nang City');
  await expect(input(app, 'What is asked for')).toHaveValue('Help with flood warnings for the river districts.');
});

test('the move dialog asks before typed work is closed away, closes clean at once, and Ctrl+S moves', async ({
  app,
  desk,
}) => {
  const waste = await fieldId(desk, 'Solid Waste Management');
  const request = await createRequest(desk, {
    fiscalYear: 2027,
    countryCode: 'TH',
    fieldId: waste,
    receivedOn: '2026-03-15',
  });
  await moveRequest(desk, request.id, 'under_review', { on: '2026-05-01' });
  await goTo(app, `/dispatch/requests/${request.id}`);
  const open = async () => {
    await app.getByTestId('move-declined').click();
    const dialog = app.getByRole('dialog', { name: `Decline ${request.reference}` });
    await expect(dialog).toBeVisible();
    return dialog;
  };
  await expectClosesSilently(app, open);

  const dialog = await open();
  const reason = input(dialog, 'Reason for declining');
  await reason.fill('Outside the programme this year.');
  await expectEveryWayOutAsks(app, dialog, reason, 'Outside the programme this year.', { cancel: true });
  await app.keyboard.press('Control+s');
  await expectState(app, 'Declined');
});

test('the dispatch dialog asks before typed work is closed away, and Ctrl+S saves', async ({ app, desk }) => {
  const request = await arrangeMatched(desk);
  await goTo(app, `/dispatch/requests/${request.id}`);
  const open = async () => {
    await app.getByRole('button', { name: 'Edit the dispatch of Kenji Sato' }).click();
    const dialog = app.getByRole('dialog', { name: 'Dates and cost notes' });
    await expect(dialog).toBeVisible();
    return dialog;
  };
  await expectClosesSilently(app, open);

  const dialog = await open();
  const notes = input(dialog, 'Cost notes');
  await notes.fill('Flights booked by CLAIR.');
  await expectEveryWayOutAsks(app, dialog, notes, 'Flights booked by CLAIR.', { cancel: true });
  await app.keyboard.press('Control+s');
  await expect(dialog).toBeHidden();
  await expect(app.getByTestId('dispatch-cost-notes')).toHaveText('Flights booked by CLAIR.');
});

test('the counterpart dialog asks before typed work is closed away, and Ctrl+S saves', async ({ app }) => {
  await goTo(app, '/dispatch/counterparts');
  const thailand = app.locator('[data-testid="counterpart-row"][data-country="TH"]');
  const open = async () => {
    await thailand.getByRole('button', { name: 'Add the counterpart for Thailand' }).click();
    const dialog = app.getByRole('dialog', { name: 'Counterpart for Thailand' });
    await expect(dialog).toBeVisible();
    return dialog;
  };
  await expectClosesSilently(app, open);

  const dialog = await open();
  const agency = input(dialog, 'Agency name');
  await agency.fill('Department of Local Administration');
  await expectEveryWayOutAsks(app, dialog, agency, 'Department of Local Administration', { cancel: true });
  await app.keyboard.press('Control+s');
  await expect(dialog).toBeHidden();
  await expect(thailand.getByTestId('counterpart-name')).toHaveText('Department of Local Administration');
});

test('the field-of-expertise dialog asks before typed work is closed away, and Ctrl+S saves', async ({ app }) => {
  await goTo(app, '/settings');
  const open = async () => {
    await app.getByRole('button', { name: 'Add a field of expertise' }).click();
    const dialog = app.getByRole('dialog', { name: 'Add a field of expertise' });
    await expect(dialog).toBeVisible();
    return dialog;
  };
  await expectClosesSilently(app, open);

  const dialog = await open();
  const nameEn = input(dialog, 'English name');
  await nameEn.fill('Coastal Erosion');
  await expectEveryWayOutAsks(app, dialog, nameEn, 'Coastal Erosion', { cancel: true });
  await input(dialog, 'Japanese name').fill('海岸侵食');
  await app.keyboard.press('Control+s');
  await expect(dialog).toBeHidden();
  await expect(app.getByTestId('expertise-row').filter({ hasText: 'Coastal Erosion' })).toBeVisible();
});

test('after someone else saves the request, the form reloads it and shows both versions', async ({ app, desk }) => {
  const waste = await fieldId(desk, 'Solid Waste Management');
  const data = {
    fiscalYear: 2027,
    countryCode: 'TH',
    fieldId: waste,
    receivedOn: '2026-03-15',
    requestingGovernment: 'Chiang Mai Province',
    summary: 'Help with solid waste',
  };
  const request = await createRequest(desk, data);
  await goTo(app, `/dispatch/requests/${request.id}/edit`);
  const government = input(app, 'Requesting local government');
  await expect(government).toHaveValue('Chiang Mai Province');
  await government.fill('Lampang Province');
  await desk.call('specialistDispatch.requests.update', {
    id: request.id,
    version: request.version,
    data: { ...data, requestingGovernment: 'Chiang Rai Province', contactName: 'Somchai' },
  });
  await app.getByTestId('request-save').click();
  const stale = app.getByTestId('stale-alert');
  await expect(stale.getByTestId('stale-changes')).toContainText('Lampang Province');
  await expect(stale.getByTestId('stale-changes')).toContainText('Chiang Rai Province');
  await expect(government).toHaveValue('Lampang Province');
  await stale.getByRole('button', { name: /Keep my changes/ }).click();
  await app.getByTestId('request-save').click();
  await expect(app.getByTestId('request-reference')).toHaveText(request.reference);
  const after = await desk.call<{ request: SavedRequest & { requestingGovernment: string; contactName: string } }>(
    'specialistDispatch.requests.get',
    { id: request.id },
  );
  expect(after.request.requestingGovernment).toBe('Lampang Province');
  expect(after.request.contactName).toBe('Somchai');
});

test('after someone else changes the request, the move dialog reloads the request itself', async ({ app, desk }) => {
  const waste = await fieldId(desk, 'Solid Waste Management');
  const data = { fiscalYear: 2027, countryCode: 'TH', fieldId: waste, receivedOn: '2026-03-15' };
  const request = await createRequest(desk, data);
  await openRequests(app);
  await goTo(app, `/dispatch/requests/${request.id}`);
  await app.getByTestId('move-under_review').click();
  const dialog = app.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await desk.call('specialistDispatch.requests.update', {
    id: request.id,
    version: request.version,
    data: { ...data, requestingGovernment: 'Chiang Rai Province', summary: 'Help with solid waste' },
  });
  await dialog.getByTestId('move-submit').click();
  await expect(dialog.getByTestId('stale-alert')).toContainText('It has been reloaded');
  // The request as it is now was fetched: the same move goes through on the second try.
  await dialog.getByTestId('move-submit').click();
  await expectState(app, 'Under review');
});
