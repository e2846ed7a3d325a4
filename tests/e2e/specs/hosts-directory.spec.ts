// The host directory by hand: adding a host (validation, then the duplicate warning), finding hosts
// by search and filters, editing one and deactivating it.
import { expect, test } from '../fixtures';
import { fieldId } from '../pages/data';
import { createHost, HostForm, HostList, openNewHostForm } from '../pages/hosts';
import { goTo, switchLanguage } from '../pages/shell';

test('adds a host by hand: problems are named on their fields, a duplicate is asked about', async ({ app }) => {
  const list = new HostList(app);
  await list.open();
  await app.getByRole('link', { name: 'New host' }).click();
  await expect(app.getByRole('heading', { name: 'Add a host institution' })).toBeVisible();
  const form = new HostForm(app);

  // Nothing filled in: every required field says what it needs, in one summary and on the field.
  await form.input('Capacity').fill('');
  await form.submit();
  await expect(form.summary()).toContainText('5 things need attention before saving');
  await expect(form.errorFor('Name in English')).toHaveText('Name in English is required. Please fill it in.');
  await expect(form.errorFor('Name in Japanese')).toHaveText('Name in Japanese is required. Please fill it in.');
  await expect(form.errorFor('Kind')).toHaveText('Kind is required. Please choose one.');
  await expect(form.errorFor('Prefecture')).toHaveText('Prefecture is required. Please choose one.');
  await expect(form.errorFor('Capacity')).toHaveText('Capacity is required. Please fill it in.');

  await form.input('Name in English').fill('Aoba City');
  await form.input('Name in Japanese').fill('青葉市');
  await form.choose('Kind', 'City');
  // The prefecture list is searchable in either language.
  await form.search('Prefecture', '宮城', 'Miyagi');
  await form.input('Address').fill('1-1 Kokubuncho, Aoba');
  await form.input('Capacity').fill('3');
  await form.input('Fields of training offered').click();
  await app.getByRole('option', { name: 'Tourism', exact: true }).click();
  await app.keyboard.press('Escape');
  await form.addContact({ name: 'Sato Hanako', department: 'International Affairs', email: 'sato@aoba' });
  await expect(form.summary()).toContainText('1 thing needs attention before saving');
  await expect(form.errorFor('Email', form.contact(1))).toHaveText(
    'Contact 1: Email is not a valid email address. Check it, e.g. name@example.org.',
  );
  await form.input('Email', form.contact(1)).fill('sato@aoba.example.jp');
  await expect(form.summary()).toHaveCount(0);
  await form.submit();

  await expect(app.getByTestId('host-name')).toHaveText('Aoba City');
  await expect(app.getByTestId('host-other-name')).toHaveText('青葉市');
  await expect(app.getByTestId('host-prefecture')).toHaveText('Miyagi');
  await expect(app.getByTestId('host-fields')).toHaveText('Tourism');
  await expect(app.getByTestId('host-contacts')).toContainText('sato@aoba.example.jp');
  const firstUrl = app.url();

  // The same name in the same prefecture: the app asks before saving a second one.
  const again = await openNewHostForm(app);
  await again.input('Name in English').fill('Aoba City');
  await again.input('Name in Japanese').fill('青葉市');
  await again.choose('Kind', 'Related organisation');
  await again.search('Prefecture', 'miya', 'Miyagi');
  await again.submit();
  const dialog = app.getByRole('dialog');
  await expect(dialog.getByTestId('save-warnings')).toHaveText(
    'A host with the same name is already in this prefecture: Aoba City (青葉市). Save anyway only if this is a different host.',
  );
  await dialog.getByRole('button', { name: 'Go back' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.getByRole('heading', { name: 'Add a host institution' })).toBeVisible();

  await again.submit();
  await app.getByRole('dialog').getByRole('button', { name: 'Save anyway' }).click();
  await expect(app.getByTestId('host-name')).toHaveText('Aoba City');
  expect(app.url()).not.toBe(firstUrl);
  await list.open();
  await list.searchFor('aoba');
  await expect(list.rows()).toHaveCount(2);
});

test('finds hosts by name in either language or address, filters and sorts them', async ({ app, desk }) => {
  const tourism = await fieldId(desk, 'Tourism');
  await createHost(desk, { nameEn: 'Aoba City', nameJa: '青葉市', kind: 'city', prefecture: 4, capacity: 3 });
  await createHost(desk, {
    nameEn: 'Sakura Town',
    nameJa: 'さくら町',
    kind: 'town',
    prefecture: 27,
    capacity: 1,
    address: '5-2 Umeda, Kita-ku',
    fieldIds: [tourism],
  });
  await createHost(desk, {
    nameEn: 'Osaka International Association',
    nameJa: '大阪国際交流協会',
    kind: 'related_organisation',
    prefecture: 27,
    capacity: 6,
  });
  const closed = await createHost(desk, { nameEn: 'Kita Village', nameJa: '北村', kind: 'village', capacity: 2 });
  await desk.call('hosts.setActive', { id: closed.id, active: false });

  const list = new HostList(app);
  await list.open();
  expect(await list.names()).toEqual(['Aoba City', 'Osaka International Association', 'Sakura Town']);

  await list.searchFor('青葉');
  expect(await list.names()).toEqual(['Aoba City']);
  // Hiragana finds the same word written in katakana and vice versa; here the name is in hiragana.
  await list.searchFor('サクラ');
  expect(await list.names()).toEqual(['Sakura Town']);
  await list.searchFor('umeda');
  expect(await list.names()).toEqual(['Sakura Town']);
  await list.searchFor('');

  await list.filter('Prefecture', 'Osaka');
  expect(await list.names()).toEqual(['Osaka International Association', 'Sakura Town']);
  await list.filter('Kind', 'Town');
  expect(await list.names()).toEqual(['Sakura Town']);
  await app.getByRole('button', { name: 'Clear filters' }).click();
  await list.settled();
  await list.filter('Fields', 'Tourism');
  expect(await list.names()).toEqual(['Sakura Town']);
  await app.getByRole('button', { name: 'Clear filters' }).click();
  await list.settled();

  await list.sortBy('Trainees now / capacity');
  expect(await list.names()).toEqual(['Sakura Town', 'Aoba City', 'Osaka International Association']);
  await list.sortBy('Trainees now / capacity');
  expect(await list.names()).toEqual(['Osaka International Association', 'Aoba City', 'Sakura Town']);
  await expect(list.rows().first().getByTestId('host-usage')).toHaveText('0 of 6');

  await list.show('Inactive');
  expect(await list.names()).toEqual(['Kita Village']);
  await list.show('All');
  await expect(list.rows()).toHaveCount(4);

  // The state is in the address: a reload shows the same view.
  await app.reload();
  await list.settled();
  await expect(list.rows()).toHaveCount(4);

  // In Japanese the Japanese name comes first, the English one beneath; prefectures in Japanese.
  await switchLanguage(app, '日本語');
  await list.show('有効');
  expect(await list.names()).toEqual(['大阪国際交流協会', '青葉市', 'さくら町']);
  await list.filter('都道府県', '大阪府');
  await expect(list.rows().first()).toContainText('Osaka International Association');
  await expect(list.rows().first()).toContainText('関係団体');
});

test('edits a host, then deactivates and activates it again', async ({ app, desk }) => {
  const host = await createHost(desk, {
    nameEn: 'Midori Town',
    nameJa: '緑町',
    kind: 'town',
    prefecture: 20,
    capacity: 2,
    contacts: [
      { name: 'Ito Ken', email: 'ito@midori.example.jp' },
      { name: 'Kato Yui', phone: '0263-00-0000' },
    ],
  });
  await goTo(app, `/hosts/${host.id}`);
  await expect(app.getByTestId('host-name')).toHaveText('Midori Town');
  await app.getByRole('link', { name: 'Edit' }).click();
  const form = new HostForm(app);
  await expect(form.input('Name in English')).toHaveValue('Midori Town');
  await form.input('Capacity').fill('4');
  await app.getByRole('button', { name: 'Remove contact 1' }).click();
  await expect(app.getByTestId('host-contact')).toHaveCount(1);
  await expect(form.input('Name', form.contact(1))).toHaveValue('Kato Yui');
  await form.input('Title', form.contact(1)).fill('Section chief');
  await form.submit();

  await expect(app.getByTestId('host-capacity')).toHaveText('4');
  const contacts = app.getByTestId('host-contacts');
  await expect(contacts).toContainText('Kato Yui');
  await expect(contacts).toContainText('Section chief');
  await expect(contacts).not.toContainText('Ito Ken');

  await app.getByRole('button', { name: 'Deactivate' }).click();
  const dialog = app.getByRole('dialog', { name: 'Deactivate Midori Town?' });
  await expect(dialog).toContainText('get no new placements');
  await dialog.getByRole('button', { name: 'Deactivate' }).click();
  await expect(app.getByTestId('host-inactive')).toBeVisible();

  const list = new HostList(app);
  await list.open();
  await expect(list.rows()).toHaveCount(0);
  await list.show('Inactive');
  expect(await list.names()).toEqual(['Midori Town']);
  await list.rows().first().getByRole('link').click();
  await app.getByRole('button', { name: 'Activate' }).click();
  await app.getByRole('dialog', { name: 'Activate Midori Town?' }).getByRole('button', { name: 'Activate' }).click();
  await expect(app.getByTestId('host-inactive')).toBeHidden();
});
