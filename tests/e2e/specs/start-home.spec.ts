// Home starts where the work is: the current and the upcoming cohort, the first Needs-attention items
// with a link to the whole list, the dispatch requests of the application window, and the records
// changed last, each a link to its page.
import { expect, test } from '../fixtures';
import { createTrainee } from '../pages/data';
import { createRequest, fieldId } from '../pages/dispatch';
import { createCohort, currentFy } from '../pages/placements';
import { goTo, switchLanguage } from '../pages/shell';

const fy = currentFy();
const isoFromToday = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** The application window the work is about: the one open now, or the last one opened. */
function latestWindowFy(now = new Date()): number {
  return now.getMonth() >= 2 ? now.getFullYear() + 1 : now.getFullYear();
}

test('Home shows both cohorts, the first items needing attention, requests and recent records', async ({
  app,
  desk,
}) => {
  await createCohort(desk, fy);
  await createCohort(desk, fy + 1);
  for (let i = 0; i < 7; i++) {
    await createTrainee(desk, {
      fullName: `Passport Holder ${i + 1}`,
      fiscalYear: fy,
      status: 'on_placement',
      passportExpiry: isoFromToday(20 + i),
    });
  }
  await createTrainee(desk, { fullName: 'Next Year Applicant', fiscalYear: fy + 1, status: 'applicant' });
  const windowFy = latestWindowFy();
  const request = await createRequest(desk, {
    fiscalYear: windowFy,
    countryCode: 'TH',
    fieldId: await fieldId(desk, 'Solid Waste Management'),
    receivedOn: `${windowFy - 1}-03-15`,
  });

  await app.goto(await desk.launchUrl('/'));
  const current = app.getByTestId('cohort-current');
  const upcoming = app.getByTestId('cohort-upcoming');
  await expect(current).toContainText(`Trainees in FY${fy}`);
  await expect(current).toContainText(`Introductory month: ${fy}-04-01 – ${fy}-04-30`);
  await expect(current.getByRole('link', { name: /On placement\s*7/ })).toHaveAttribute(
    'href',
    `#/trainees?fy=${fy}&status=on_placement`,
  );
  await expect(upcoming).toContainText(`Trainees in FY${fy + 1}`);
  await expect(upcoming).toContainText('Upcoming');
  await expect(upcoming.getByRole('link', { name: /Applicant\s*1/ })).toBeVisible();

  // The first five of seven items, soonest first, and the way to all of them.
  const attention = app.getByTestId('attention-card');
  await expect(attention.getByTestId('attention-card-item')).toHaveCount(5);
  await expect(attention.getByTestId('attention-card-item').first()).toContainText('Passport Holder 1');
  await expect(attention.getByTestId('attention-card-all')).toHaveText('See all 7 items');
  await attention.getByTestId('attention-card-item').first().getByRole('link').click();
  await expect(app).toHaveURL(/#\/trainees\/\d+\/edit\?focus=passportExpiry/);
  await goTo(app, '/');

  const dispatch = app.getByTestId('dispatch-card');
  await expect(dispatch).toContainText(`Dispatch requests for FY${windowFy}`);
  await expect(dispatch).toContainText(`Requests taken ${windowFy - 1}-03-01 – ${windowFy - 1}-04-30`);
  await expect(dispatch.getByRole('link', { name: request.reference })).toHaveAttribute(
    'href',
    `#/dispatch/requests/${request.id}`,
  );

  // Recently changed: the request made last comes first, then the trainees.
  const recent = app.getByTestId('recent-record');
  await expect(recent).toHaveCount(6);
  await expect(recent.first()).toContainText(request.reference);
  await expect(recent.nth(1)).toContainText('Next Year Applicant');
  await recent.nth(1).getByRole('link').click();
  await expect(app.getByRole('heading', { name: 'Next Year Applicant' })).toBeVisible();

  await goTo(app, '/');
  await switchLanguage(app, '日本語');
  await expect(upcoming).toContainText('次年度');
  await expect(app.getByTestId('recent-card')).toContainText('最近変更した記録');
});
