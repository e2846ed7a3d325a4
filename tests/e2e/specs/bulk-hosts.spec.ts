// Bulk actions on the host directory: two hosts marked inactive at once, one history entry each.
import { expect, test } from '../fixtures';
import { createHost } from '../pages/hosts';
import { goTo, switchLanguage } from '../pages/shell';

test('two hosts marked inactive at once, one history entry each', async ({ app, desk }) => {
  for (const [en, ja] of [
    ['Aoba City', '青葉市'],
    ['Bando City', '坂東市'],
    ['Chiyo City', '千代市'],
  ]) {
    await createHost(desk, { nameEn: en, nameJa: ja });
  }
  await goTo(app, '/hosts');
  await expect(app.getByTestId('host-row')).toHaveCount(3);
  const list = app.getByTestId('host-list');
  await list.getByRole('checkbox', { name: 'Select Aoba City', exact: true }).click();
  await list.getByRole('checkbox', { name: 'Select Bando City', exact: true }).click();
  await expect(app.getByTestId('bulk-count')).toHaveText('2 selected');
  await app.getByTestId('bulk-deactivate').click();
  // The dialog names the kind of record it changes, in each language with its own counter.
  await expect(app.getByTestId('bulk-confirm-count')).toHaveText('This applies to 2 hosts:');
  await app.getByRole('button', { name: 'Cancel' }).click();
  await switchLanguage(app, '日本語');
  await app.getByTestId('bulk-deactivate').click();
  await expect(app.getByTestId('bulk-confirm-count')).toHaveText('対象は次の 2 団体です：');
  await app.getByRole('button', { name: 'キャンセル' }).click();
  await switchLanguage(app, 'English');
  await app.getByTestId('bulk-deactivate').click();
  await expect(app.getByTestId('bulk-confirm-names')).toHaveText('Aoba City, Bando City');
  await app.getByTestId('bulk-confirm-go').click();
  await expect(app.getByTestId('bulk-bar')).toHaveCount(0);
  await expect(app.getByTestId('host-row')).toHaveCount(1);

  const entries = await desk.call<{ entityId: string }[]>('audit.list', { entity: 'host', action: 'deactivate' });
  expect(entries).toHaveLength(2);
  const inactive = await desk.call<{ total: number }>('hosts.list', { active: 'inactive' });
  expect(inactive.total).toBe(2);
});
