// Filling the trainee form by its visible labels, as a person would.
import { expect, type Page } from '@playwright/test';
import { goTo } from './shell';

export interface TraineeData {
  fullName: string;
  familyName?: string;
  givenName?: string;
  nativeName?: string;
  katakanaName?: string;
  gender?: 'Female' | 'Male' | 'X (unspecified)';
  dateOfBirth?: string;
  country?: string;
  homeGovernment?: string;
  field?: string;
  email?: string;
  passportNumber?: string;
  passportExpiry?: string;
  arrivalDate?: string;
  departureDate?: string;
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class TraineeForm {
  constructor(readonly page: Page) {}

  /** The field whose label reads exactly `label` (required fields add " *" to it). */
  input(label: string) {
    // A Select's option list is labelled by the same label; we want the input itself.
    return this.page
      .getByLabel(new RegExp(`^${escapeRegExp(label)}( \\*)?$`))
      .and(this.page.locator('input, textarea'));
  }

  async text(label: string, value: string) {
    await this.input(label).fill(value);
  }

  async date(label: string, value: string) {
    await this.input(label).fill(value);
    // The calendar opens while typing; close it so it covers nothing.
    await this.input(label).press('Escape');
  }

  /** Mantine's Select: open the list and click the option. */
  async choose(label: string, option: string) {
    await this.input(label).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
    await expect(this.input(label)).toHaveValue(option);
  }

  async fill(data: TraineeData) {
    await this.text('Name as in passport', data.fullName);
    if (data.familyName) await this.text('Family name', data.familyName);
    if (data.givenName) await this.text('Given name', data.givenName);
    if (data.nativeName) await this.text('Name in native script', data.nativeName);
    if (data.katakanaName) await this.text('Katakana reading', data.katakanaName);
    if (data.gender) await this.choose('Gender (as in passport)', data.gender);
    if (data.dateOfBirth) await this.date('Date of birth', data.dateOfBirth);
    if (data.country) await this.choose('Country', data.country);
    if (data.homeGovernment) await this.text('Home local government', data.homeGovernment);
    if (data.field) await this.choose('Field of training', data.field);
    if (data.arrivalDate) await this.date('Arrival in Japan', data.arrivalDate);
    if (data.departureDate) await this.date('Departure from Japan', data.departureDate);
    if (data.email) await this.text('Email', data.email);
    if (data.passportNumber) await this.text('Passport number', data.passportNumber);
    if (data.passportExpiry) await this.date('Passport expiry date', data.passportExpiry);
  }

  async submit() {
    await this.page.getByRole('button', { name: /^(Register trainee|Save changes)$/ }).click();
  }

  errorFor(label: string) {
    return this.input(label)
      .locator('xpath=ancestor::div[contains(@class,"mantine-InputWrapper-root")][1]')
      .locator('.mantine-InputWrapper-error');
  }

  summary() {
    return this.page.getByTestId('form-errors');
  }
}

/** Everything the form requires, for tests that only need a valid trainee. */
export const SOMCHAI: TraineeData = {
  fullName: 'Somchai Jaidee',
  familyName: 'Jaidee',
  givenName: 'Somchai',
  nativeName: 'สมชาย ใจดี',
  katakanaName: 'ソムチャイ・ジャイディー',
  gender: 'Male',
  dateOfBirth: '1990-05-17',
  country: 'Thailand',
  homeGovernment: 'Chiang Mai Provincial Administrative Organization',
  field: 'Tourism',
  email: 'somchai@example.org',
  passportNumber: 'AA1234567',
  arrivalDate: '2026-04-10',
  departureDate: '2027-01-20',
};

export async function registerTrainee(page: Page, data: TraineeData): Promise<string> {
  await goTo(page, '/trainees/new');
  await expect(page.getByRole('heading', { name: 'Register a trainee' })).toBeVisible();
  const form = new TraineeForm(page);
  await form.fill(data);
  await form.submit();
  await expect(page.getByTestId('trainee-name')).toHaveText(data.fullName);
  return (await page.getByTestId('trainee-ref').textContent()) ?? '';
}
