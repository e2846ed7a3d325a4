// CLAIR's reference data, from the first-run offer to the import: every known problem of the shipped
// files is shown on its row in words, decided row by row or all at once, imported once — a second
// import creates nothing — and the offer goes away; "Not now" puts it away too. Axe in both languages.
import { expect, test } from '../fixtures';
import { scan } from '../pages/axe';
import { ReferenceData } from '../pages/referenceData';
import { switchLanguage } from '../pages/shell';

test('offer → check → decide → import, once', async ({ app, desk }) => {
  const offer = app.getByTestId('reference-offer');
  await expect(offer).toContainText('37 past dispatch projects');
  await offer.getByRole('link', { name: 'Review and load…' }).click();
  await expect(app.getByRole('heading', { name: "CLAIR's reference data", level: 1 })).toBeVisible();
  const rd = new ReferenceData(app);
  await expect(app.getByTestId('rd-status')).toContainText('Not imported');
  await rd.check();

  // The dispatch projects open first: the file with findings.
  await rd.tab('dispatch_projects');
  await expect(rd.rows('dispatch_projects')).toHaveCount(37);
  const phuket = rd.row('dispatch_projects', 25);
  await expect(phuket.locator('[data-finding="locality_wrong_country"]')).toContainText(
    'Phuket is in Thailand, not Indonesia.',
  );
  const misspelt = rd.findings('dispatch_projects', 'field_misspelt');
  await expect(misspelt).toHaveCount(2);
  await expect(rd.row('dispatch_projects', 31)).toContainText(
    "Close to the known field 'Fire and Disaster Prevention' (93 %).",
  );
  const block = rd.row('dispatch_projects', 34).locator('[data-finding="year_block_out_of_order"]');
  await expect(block).toContainText('A block of FY2011 rows printed after FY2010: probably mislabelled');
  for (const line of [35, 36])
    await expect(rd.row('dispatch_projects', line)).toContainText('Decided on line 34, for the whole block.');

  // Row by row: the Phuket suggestion, one field's suggestion; then the rest as printed, all at once.
  await phuket.getByRole('radio', { name: 'Use “Thailand”' }).check();
  await expect(phuket.locator('[data-column="country"] mark')).toHaveText('Thailand');
  await expect(phuket.locator('[data-column="country"] del')).toHaveText('Indonesia');
  await rd.row('dispatch_projects', 31).getByRole('radio', { name: 'Use “Fire and Disaster Prevention”' }).check();
  await app.getByTestId('rd-bulk-dispatch_projects').getByRole('button', { name: 'Keep all as printed' }).click();
  await expect(rd.findings('dispatch_projects', 'field_misspelt').nth(1)).toHaveAttribute('data-decision', 'keep');
  await expect(phuket.locator('[data-finding="locality_wrong_country"]')).toHaveAttribute('data-decision', 'accept');
  await expect(block).toHaveAttribute('data-decision', 'keep');
  await expect(app.getByTestId('rd-blocking')).toHaveCount(0);

  // The accepted-trainee table: the contradictions in plain words, what cannot be placed.
  await rd.tab('accepted_trainees');
  await expect(app.getByTestId('rd-contradictions')).toContainText(
    'The 8 row totals add up to 234, but the printed grand total is 233.',
  );
  await expect(app.getByTestId('rd-contradictions')).toContainText("Cambodia's row does not add up");
  await expect(app.getByTestId('rd-facts').locator('tr[data-country="Thailand"]')).toContainText('45');
  await expect(app.getByTestId('rd-unplaced').locator('tbody tr')).toHaveCount(25);

  await rd.importAll();
  await expect(app.getByTestId('rd-result-text')).not.toHaveText('Nothing new: every row was already in the app.');
  expect(await rd.counts('dispatch_projects')).toMatchObject({ created: 37, present: 0, excluded: 0, changed: 2 });
  expect(await rd.counts('counterparts')).toMatchObject({ created: 10, present: 0, excluded: 0 });
  expect((await rd.counts('accepted_trainees')).created).toBeGreaterThan(0);
  await expect(app.getByTestId('rd-status').locator('tr[data-file="dispatch_projects"]')).toContainText('Up to date');
  await expect(app.getByTestId('rd-status').locator('tr[data-file="dispatch_projects"]')).toContainText('37');

  // Again: nothing is created twice.
  await rd.importAll();
  await expect(app.getByTestId('rd-result-text')).toHaveText('Nothing new: every row was already in the app.');
  expect(await rd.counts('dispatch_projects')).toMatchObject({ created: 0, present: 37 });
  expect(await rd.counts('counterparts')).toMatchObject({ created: 0, present: 10 });

  // Home no longer offers it.
  await app.getByRole('navigation').getByRole('link', { name: 'Home' }).click();
  await expect(app.getByTestId('first-run')).toBeVisible();
  await expect(app.getByTestId('reference-offer')).toHaveCount(0);
  expect(await desk.call('referenceData.status')).toMatchObject({ offer: false });
});

test('a typed value meets the rules of the file: the rule in words, refused while it breaks it', async ({ app }) => {
  const rd = new ReferenceData(app);
  await rd.open();
  await rd.check();
  await rd.tab('dispatch_projects');
  const block = rd.row('dispatch_projects', 34);
  await block.getByRole('radio', { name: 'Type a value' }).check();
  const year = block.getByRole('textbox', { name: 'Value for Fiscal year' });
  await year.fill('0');
  await expect(block).toContainText('A fiscal year between 1988 and ');
  await expect(block).toContainText('“0” is not a fiscal year.');
  await expect(app.getByTestId('rd-refused')).toContainText('1 typed value does not meet its rule');
  await expect(app.getByTestId('rd-import')).toBeDisabled();
  await year.fill('2099');
  await expect(block).toContainText('FY2099 has not begun');

  const phuket = rd.row('dispatch_projects', 25);
  await phuket.getByRole('radio', { name: 'Type a value' }).check();
  const country = phuket.getByRole('textbox', { name: 'Value for Country' });
  await country.fill('Japan');
  await expect(phuket).toContainText("One of the programme's countries: Brunei, Cambodia");
  await expect(phuket).toContainText("Japan is a country, but not one of the programme's");
  await country.fill('Atlantis');
  await expect(phuket).toContainText('“Atlantis” is not in the country list.');
  await expect(app.getByTestId('rd-refused')).toContainText('2 typed values');

  // Values that meet the rules: Import is open again, and they are what is stored.
  await year.fill('2009');
  await country.fill('Thailand');
  await expect(app.getByTestId('rd-refused')).toHaveCount(0);
  await rd.importAll();
  expect(await rd.counts('dispatch_projects')).toMatchObject({ created: 37, changed: 4 });
});

test('"Not now" puts the offer away for good; the screen stays in the navigation', async ({ app, desk }) => {
  const offer = app.getByTestId('reference-offer');
  await offer.getByRole('button', { name: 'Not now' }).click();
  await expect(offer).toHaveCount(0);
  await expect(app.getByText('The offer is put away. Reference data stays in the menu.')).toBeVisible();
  expect(await desk.call('referenceData.status')).toMatchObject({ offer: false });
  await app.reload();
  await expect(app.getByTestId('first-run')).toBeVisible();
  await expect(offer).toHaveCount(0);
  await app.getByRole('navigation').getByRole('link', { name: 'Reference data' }).click();
  await expect(app.getByTestId('rd-status')).toBeVisible();
});

for (const lang of ['English', '日本語'] as const) {
  test(`the offer and the import screen with its findings pass axe (${lang})`, async ({ app }) => {
    test.setTimeout(120_000);
    if (lang === '日本語') await switchLanguage(app, '日本語');
    await expect(app.getByTestId('reference-offer')).toBeVisible();
    await scan(app, 'home (reference-data offer)');
    await app.getByTestId('reference-offer').getByRole('link').click();
    const rd = new ReferenceData(app);
    await expect(app.getByTestId('rd-status')).toBeVisible();
    await scan(app, 'reference data (before the check)');
    await rd.check();
    await rd.tab('dispatch_projects');
    const phuket = rd.row('dispatch_projects', 25).locator('[data-finding="locality_wrong_country"]');
    await expect(phuket).toContainText(
      lang === '日本語' ? 'プーケットはインドネシアではなくタイの地名です。' : 'Phuket is in Thailand, not Indonesia.',
    );
    // One value typed, so the edit field is scanned too.
    await rd.row('dispatch_projects', 25).getByRole('radio').nth(2).check();
    await expect(rd.row('dispatch_projects', 25).getByRole('textbox')).toHaveValue('Indonesia');
    await scan(app, 'reference data (dispatch projects with findings)');
    await rd.tab('accepted_trainees');
    await expect(app.getByTestId('rd-unplaced')).toBeVisible();
    await scan(app, 'reference data (accepted trainees)');
    await rd.importAll();
    await scan(app, 'reference data (imported)');
  });
}
