// A screen whose code cannot be loaded (the app was updated while a window stayed open) says so in
// words, inside the shell, with a way on — not the router's developer page.
import { expect, test } from '../fixtures';
import { createHost } from '../pages/hosts';
import { goTo, switchLanguage } from '../pages/shell';

// The plain page rather than the app fixture: the failed load is logged to the console on purpose.
test('a screen that cannot load says so plainly and offers a reload; the navigation stays', async ({
  page: app,
  desk,
}) => {
  const host = await createHost(desk, { nameEn: 'Aoba City', nameJa: '青葉市' });
  await app.addInitScript(() => sessionStorage.setItem('clair-desk.staffName.later', '1'));
  await app.goto(await desk.launchUrl());
  await expect(app.getByRole('navigation')).toBeVisible();
  // The host page's code, as if replaced by an update since this window opened.
  await app.route(/\/assets\/HostDetailRoute-[^/]+\.js$/, (route) => route.abort());
  await goTo(app, `/hosts/${host.id}`);
  await expect(app.getByTestId('screen-error')).toHaveText(
    'CLAIR Desk was updated while this window was open. Reload to continue: everything you saved is kept.',
  );
  await expect(app.getByText('Unexpected Application Error')).toHaveCount(0);
  await expect(app.getByRole('navigation').getByRole('link', { name: 'Hosts' })).toBeVisible();
  await switchLanguage(app, '日本語');
  await expect(app.getByRole('heading', { name: 'この画面を表示できませんでした' })).toBeVisible();

  // Reloaded with the code in place, the screen opens.
  await app.unroute(/\/assets\/HostDetailRoute-[^/]+\.js$/);
  await app.getByRole('button', { name: '再読み込み' }).click();
  await expect(app.getByTestId('host-name')).toBeVisible();
});
