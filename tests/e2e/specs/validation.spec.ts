// Every validation message a person can meet while registering, shown on the field and in the summary.
import { expect, test } from '../fixtures';
import { createTrainee } from '../pages/data';
import { goTo } from '../pages/shell';
import { SOMCHAI, TraineeForm } from '../pages/traineeForm';

test.beforeEach(async ({ app }) => {
  await goTo(app, '/trainees/new');
  await expect(app.getByRole('heading', { name: 'Register a trainee' })).toBeVisible();
});

test('an empty form names every required field', async ({ app }) => {
  const form = new TraineeForm(app);
  await form.submit();
  const summary = form.summary();
  await expect(summary).toBeVisible();
  await expect(summary).toContainText('6 things need attention before saving');
  for (const field of ['Name as in passport', 'Date of birth', 'Home local government']) {
    await expect(summary).toContainText(`${field} is required. Please fill it in.`);
  }
  for (const field of ['Gender (as in passport)', 'Country', 'Field of training']) {
    await expect(summary).toContainText(`${field} is required. Please choose one.`);
  }
  await expect(form.errorFor('Name as in passport')).toHaveText('Name as in passport is required. Please fill it in.');
  // Nothing was sent: still on the form.
  await expect(app).toHaveURL(/#\/trainees\/new$/);

  // Fixing a field clears its message as the person types.
  await form.text('Name as in passport', 'Budi');
  await expect(form.errorFor('Name as in passport')).toHaveCount(0);
  await expect(summary).toContainText('5 things need attention');
});

test('invalid email, katakana and passport formats are explained', async ({ app }) => {
  const form = new TraineeForm(app);
  await form.fill({ ...SOMCHAI, email: 'somchai-at-example', katakanaName: 'Somchai', passportNumber: 'A 1' });
  await form.submit();
  await expect(form.errorFor('Email')).toHaveText(
    'Email is not a valid email address. Check it, e.g. name@example.org.',
  );
  await expect(form.errorFor('Katakana reading')).toHaveText(
    'Katakana reading must be written in katakana, e.g. ソムチャイ.',
  );
  await expect(form.errorFor('Passport number')).toHaveText(
    'Passport number must be 5 to 20 letters or digits, without spaces.',
  );
});

test('departure before arrival is refused on the departure date', async ({ app }) => {
  const form = new TraineeForm(app);
  await form.fill({ ...SOMCHAI, arrivalDate: '2026-10-01', departureDate: '2026-09-01' });
  await form.submit();
  await expect(form.errorFor('Departure from Japan')).toHaveText(
    'Departure from Japan must be after the arrival date. Check both dates.',
  );
});

test('a passport number already recorded is an error naming the other trainee', async ({ app, desk }) => {
  await createTrainee(desk, { fullName: 'Existing Person', passportNumber: 'AA1234567' });
  const form = new TraineeForm(app);
  await form.fill(SOMCHAI);
  await form.submit();
  await expect(form.errorFor('Passport number')).toHaveText(
    "Passport number is already recorded for Existing Person (FY2026-0001). Check the number, or open that trainee's record instead.",
  );
  // Said in the form (the summary at its top), not in a notice that could cover the page's buttons.
  await expect(form.summary()).toContainText('Passport number is already recorded for Existing Person');
  await expect(app).toHaveURL(/#\/trainees\/new$/);
  // Changing the number clears the core's message; the save then goes through.
  await form.text('Passport number', 'AB7654321');
  await expect(form.errorFor('Passport number')).toHaveCount(0);
  await form.submit();
  await expect(app.getByTestId('trainee-name')).toHaveText('Somchai Jaidee');
});

test('same name and date of birth is a warning the person can accept', async ({ app, desk }) => {
  await createTrainee(desk, { fullName: 'Somchai Jaidee', dateOfBirth: '1990-05-17' });
  const form = new TraineeForm(app);
  await form.fill(SOMCHAI);
  await form.submit();
  const dialog = app.getByRole('dialog', { name: 'Please check before saving' });
  await expect(dialog).toContainText(
    'A trainee with the same name and date of birth is already registered: Somchai Jaidee (FY2026-0001).',
  );
  // "Go back" keeps the form as it was.
  await dialog.getByRole('button', { name: 'Go back' }).click();
  await expect(dialog).toBeHidden();
  await expect(form.input('Name as in passport')).toHaveValue('Somchai Jaidee');
  // "Save anyway" saves it.
  await form.submit();
  await app.getByRole('dialog').getByRole('button', { name: 'Save anyway' }).click();
  await expect(app.getByTestId('trainee-name')).toHaveText('Somchai Jaidee');
  await expect(app.getByTestId('trainee-ref')).toHaveText('FY2026-0002');
});

test('a passport expiring before departure is a warning too', async ({ app }) => {
  const form = new TraineeForm(app);
  await form.fill({ ...SOMCHAI, passportExpiry: '2026-12-31' });
  await form.submit();
  const dialog = app.getByRole('dialog', { name: 'Please check before saving' });
  await expect(dialog).toContainText('The passport expires (2026-12-31) before the departure date.');
  await dialog.getByRole('button', { name: 'Save anyway' }).click();
  await expect(app.getByTestId('trainee-name')).toHaveText('Somchai Jaidee');
  await expect(app.getByText('2026-12-31 — expires before departure')).toBeVisible();
});
