// Myanmar names typed in the Zawgyi encoding are offered in Unicode, never converted silently; a
// full-width passport number says how it will be saved.
import { expect, test } from '../fixtures';
import { scan } from '../pages/axe';
import { goTo } from '../pages/shell';
import { TraineeForm } from '../pages/traineeForm';

// "Aung San Suu Kyi" as a Zawgyi keyboard types it, and the same name in Unicode.
const ZAWGYI = 'ေအာင္ဆန္းစုၾကည္';
const UNICODE = 'အောင်ဆန်းစုကြည်';

test('a Zawgyi name is offered in Unicode under the field, and taken with one click', async ({ app }, info) => {
  await goTo(app, '/trainees/new');
  await expect(app.getByRole('heading', { name: 'Register a trainee' })).toBeVisible();
  const form = new TraineeForm(app);
  await form.fill({
    fullName: 'Aung San Suu Kyi',
    gender: 'Female',
    dateOfBirth: '1990-06-19',
    country: 'Myanmar',
    homeGovernment: 'Yangon City Development Committee',
    field: 'Tourism',
  });
  await form.text('Name in native script', ZAWGYI);

  const offer = app.getByTestId('zawgyi-offer');
  await expect(offer).toBeVisible();
  await expect(offer.getByTestId('zawgyi-converted')).toHaveText(UNICODE);
  // Nothing is converted until the person says so.
  await expect(form.input('Name in native script')).toHaveValue(ZAWGYI);
  await offer.scrollIntoViewIfNeeded();
  await app.screenshot({ path: info.outputPath('zawgyi-offer.png'), fullPage: false });
  await scan(app, 'the trainee form offering a Zawgyi conversion');

  await offer.getByRole('button', { name: 'Use the Unicode text' }).click();
  await expect(form.input('Name in native script')).toHaveValue(UNICODE);
  await expect(offer).toHaveCount(0);
  // Focus goes back to the field, where the person was, not to the page.
  await expect(form.input('Name in native script')).toBeFocused();

  await form.text('Passport number', 'ＭＡ１２３４５６７');
  await expect(app.getByText('Full-width characters are saved as plain ones: MA1234567')).toBeVisible();

  await form.submit();
  await expect(app.getByTestId('trainee-name')).toHaveText('Aung San Suu Kyi');
  await expect(app.getByText(UNICODE).first()).toBeVisible();
  await app.getByRole('button', { name: 'Show Passport number' }).click();
  await expect(app.getByText('MA1234567')).toBeVisible();
});
