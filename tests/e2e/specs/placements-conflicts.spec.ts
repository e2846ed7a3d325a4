// A conflict means a conflict: over capacity accepted with a reason shows as accepted, not red, on
// the bars of both trainees at the host, and Needs attention lists only what nobody accepted.
import { expect, test } from '../fixtures';
import { createTrainee } from '../pages/data';
import { isoFromToday } from '../pages/hosts';
import { createHost, currentFy, placeViaApi, Timeline } from '../pages/placements';
import { AttentionList } from '../pages/progress';
import { goTo } from '../pages/shell';

const fy = currentFy();

test('over capacity accepted with a reason is accepted on both bars; lowered further, it is a conflict', async ({
  app,
  desk,
}) => {
  const host = await createHost(desk, { capacity: 1 });
  const trainee = (name: string) =>
    createTrainee(desk, {
      fullName: name,
      status: 'on_placement',
      fiscalYear: fy,
      arrivalDate: isoFromToday(-60),
      departureDate: isoFromToday(300),
    });
  const first = await trainee('Anong Seatfirst');
  const second = await trainee('Boun Seatsecond');
  await placeViaApi(desk, { traineeId: first.id, hostId: host.id, start: isoFromToday(-20), end: isoFromToday(250) });
  await placeViaApi(desk, {
    traineeId: second.id,
    hostId: host.id,
    start: isoFromToday(-10),
    end: isoFromToday(200),
    reason: 'The host agreed to a second desk',
  });

  const timeline = new Timeline(app);
  await timeline.open(fy);
  for (const name of ['Anong Seatfirst', 'Boun Seatsecond']) {
    const bar = timeline.row(name).getByTestId('timeline-bar');
    await expect(bar).toHaveAttribute('data-accepted', 'true');
    await expect(bar).not.toHaveAttribute('data-conflict', /.*/);
    await expect(bar).toHaveAttribute('aria-label', /Reason: “The host agreed to a second desk”/);
  }
  const attention = new AttentionList(app);
  await attention.open('?kind=placement_conflict');
  await expect(attention.rowsOf(first.ref)).toHaveCount(0);

  // The capacity lowered to none: one acceptance no longer covers two trainees too many.
  await desk.call('hosts.update', {
    id: host.id,
    version: host.version,
    data: { nameEn: host.nameEn, nameJa: host.nameJa, kind: 'city', prefecture: 13, capacity: 0, fieldIds: [1] },
    confirm: true,
  });
  // Changed over the API, behind the page's back: a reload drops what the page had cached.
  await app.reload();
  await timeline.open(fy);
  await expect(timeline.row('Anong Seatfirst').getByTestId('timeline-bar')).toHaveAttribute('data-conflict', 'true');
  await expect(timeline.row('Boun Seatsecond').getByTestId('timeline-bar')).toHaveAttribute('data-conflict', 'true');
  await attention.open('?kind=placement_conflict');
  const row = attention.rowsOf(first.ref, 'placement_conflict');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Over capacity or overlapping');
  // A conflict is no deadline: it reads from the day it began, never "days overdue".
  await expect(row).toContainText('ongoing');
  await expect(row).not.toContainText(/days? overdue/);
  await goTo(app, '/');
  const cardItem = app.getByTestId('attention-card-item').filter({ hasText: 'Anong Seatfirst' });
  await expect(cardItem).toContainText(`since ${isoFromToday(-20)}`);
  await expect(cardItem).not.toContainText(/days? overdue/);
  await attention.open('?kind=placement_conflict');
  await row.getByTestId('attention-open').click();
  await expect(app).toHaveURL(new RegExp(`#/timeline/${fy}\\?q=`));
  await expect(timeline.rows()).toHaveCount(1);
  await expect(timeline.rows().first()).toContainText('Anong Seatfirst');
});
