// A host's page: its trainees now, later and before (each a link to the trainee), and how much of its
// capacity is used month by month, over-capacity months marked.
import { expect, test } from '../fixtures';
import { createTrainee } from '../pages/data';
import { createHost, isoFromToday, placeTrainee } from '../pages/hosts';
import { goTo, switchLanguage } from '../pages/shell';

test('shows current, upcoming and past trainees and capacity use over time', async ({ app, desk }) => {
  const host = await createHost(desk, { nameEn: 'Aoba City', nameJa: '青葉市', kind: 'city', capacity: 1 });
  const somchai = await createTrainee(desk, { fullName: 'Somchai Jaidee' });
  const sokha = await createTrainee(desk, { fullName: 'Sokha Chan', country: 'KH' });
  const lan = await createTrainee(desk, { fullName: 'Nguyễn Thị Lan', country: 'VN' });
  const aung = await createTrainee(desk, { fullName: 'Aung Aung', country: 'MM' });
  // Two trainees at once today: over a capacity of one.
  await placeTrainee(desk, somchai.id, host.id, isoFromToday(-30), isoFromToday(30));
  await placeTrainee(desk, sokha.id, host.id, isoFromToday(-5), isoFromToday(5));
  await placeTrainee(desk, lan.id, host.id, isoFromToday(-200), isoFromToday(-150));
  await placeTrainee(desk, aung.id, host.id, isoFromToday(100), isoFromToday(180));

  await goTo(app, `/hosts/${host.id}`);
  await expect(app.getByTestId('host-usage-now')).toHaveText('2 trainees now · capacity 1 · over capacity');
  await expect(app.getByTestId('host-tab-current')).toHaveText('Current (2)');
  await expect(app.getByTestId('host-tab-upcoming')).toHaveText('Upcoming (1)');
  await expect(app.getByTestId('host-tab-past')).toHaveText('Past (1)');
  const rows = app.getByTestId('host-trainee');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('Somchai Jaidee');
  await expect(rows.nth(0)).toContainText(`${isoFromToday(-30)} – ${isoFromToday(30)}`);
  await expect(rows.nth(1)).toContainText('Cambodia');

  await app.getByTestId('host-tab-upcoming').click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Aung Aung');
  await app.getByTestId('host-tab-past').click();
  await expect(rows.first()).toContainText('Nguyễn Thị Lan');

  // The chart: this month is over capacity, and the months of the past placement are not.
  const chart = app.getByTestId('capacity-chart');
  await expect(chart.locator('.cap-col[data-now]')).toHaveAttribute('data-over', 'true');
  await expect(chart.locator('.cap-col[data-now] .cap-value')).toHaveText('2');
  await expect(chart).toContainText(/Over capacity in \d+ months?: /);
  // Screen readers get the same figures as a table.
  await expect(chart.getByRole('table')).toContainText('2 (over capacity)');

  // The links lead to the trainees' pages.
  await rows.first().getByRole('link', { name: 'Nguyễn Thị Lan' }).click();
  await expect(app.getByTestId('trainee-name')).toHaveText('Nguyễn Thị Lan');

  await goTo(app, `/hosts/${host.id}`);
  await switchLanguage(app, '日本語');
  await expect(app.getByTestId('host-name')).toHaveText('青葉市');
  await expect(app.getByTestId('host-other-name')).toHaveText('Aoba City');
  await expect(app.getByTestId('host-tab-current')).toHaveText('受入中 (2)');
  await expect(app.getByTestId('capacity-chart')).toContainText('受入可能人数を超過');
});
