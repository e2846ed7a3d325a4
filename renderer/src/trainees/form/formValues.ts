// What the form holds (strings, as inputs give them) ↔ what the contract takes, and client-side
// validation with the very schema the core uses, so a person sees problems before anything is sent.
import { currentFiscalYear, fiscalYearOf, todayIso } from '../../../../shared/fiscal-year';
import { isRefusal } from '../../../../shared/plausibility';
import type { FieldIssue } from '../../../../shared/result';
import { traineeFindings } from '../../../../shared/trainees/plausibility';
import { dateOrderIssues, type Trainee, TraineeInput } from '../../../../shared/trainees/schema';

const TEXT_FIELDS = [
  'fullName',
  'familyName',
  'givenName',
  'nativeName',
  'katakanaName',
  'preferredName',
  'homeGovernment',
  'department',
  'position',
  'email',
  'phone',
  'emergencyContactName',
  'emergencyContactRelation',
  'emergencyContactPhone',
  'passportNumber',
  'residenceCardNumber',
  'notes',
] as const;
const DATE_FIELDS = ['dateOfBirth', 'passportExpiry', 'residenceCardExpiry', 'arrivalDate', 'departureDate'] as const;
const CHOICE_FIELDS = ['gender', 'country', 'fieldId', 'japaneseLevel', 'status'] as const;

type TextField = (typeof TEXT_FIELDS)[number];
type DateField = (typeof DATE_FIELDS)[number];
type ChoiceField = (typeof CHOICE_FIELDS)[number];

export type FormValues = Record<TextField, string> &
  Record<DateField, string | null> &
  Record<ChoiceField, string | null> & { fiscalYear: number | string };

export type FieldName = keyof FormValues;

/** The order fields appear on screen: the error summary lists problems in this order. */
export const FIELD_ORDER: FieldName[] = [
  'fullName',
  'familyName',
  'givenName',
  'nativeName',
  'katakanaName',
  'preferredName',
  'gender',
  'dateOfBirth',
  'country',
  'homeGovernment',
  'department',
  'position',
  'fiscalYear',
  'fieldId',
  'status',
  'japaneseLevel',
  'arrivalDate',
  'departureDate',
  'email',
  'phone',
  'emergencyContactName',
  'emergencyContactRelation',
  'emergencyContactPhone',
  'passportNumber',
  'passportExpiry',
  'residenceCardNumber',
  'residenceCardExpiry',
  'notes',
];

/** A new record's values; its fiscal year is the working one (api/working-year.ts) the page passes. */
export function emptyValues(fiscalYear = currentFiscalYear()): FormValues {
  const values = Object.fromEntries([
    ...TEXT_FIELDS.map((f) => [f, '']),
    ...DATE_FIELDS.map((f) => [f, null]),
    ...CHOICE_FIELDS.map((f) => [f, null]),
  ]) as FormValues;
  return { ...values, japaneseLevel: 'none', status: 'applicant', fiscalYear };
}

export function valuesOf(t: Trainee): FormValues {
  const values = emptyValues();
  for (const f of TEXT_FIELDS) values[f] = t[f] ?? '';
  for (const f of DATE_FIELDS) values[f] = t[f] ?? null;
  return {
    ...values,
    gender: t.gender,
    country: t.country,
    fieldId: String(t.fieldId),
    japaneseLevel: t.japaneseLevel,
    status: t.status,
    fiscalYear: t.fiscalYear,
  };
}

/** The contract's input; empty choices are left out so the schema reports them as required. */
export function inputOf(values: FormValues): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const f of TEXT_FIELDS) input[f] = values[f];
  for (const f of DATE_FIELDS) input[f] = values[f] || null;
  if (!values.dateOfBirth) delete input.dateOfBirth;
  for (const f of CHOICE_FIELDS) if (values[f]) input[f] = values[f];
  if (values.fieldId) input.fieldId = Number(values.fieldId);
  if (values.fiscalYear !== '' && values.fiscalYear !== null) input.fiscalYear = Number(values.fiscalYear);
  return input;
}

/** A field's problem as the core would state it: a code and its parameters, translated at render. */
export type FieldProblem = Pick<FieldIssue, 'code' | 'params'>;

const isEmpty = (v: unknown) => v === undefined || v === null || v === '';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const isoOrNull = (v: string | null) => (v && ISO.test(v) ? v : null);

/**
 * The core's plausibility refusals for the dates typed so far (a birth in the future, a passport that
 * expired before the arrival …), so every one is said at once and as soon as a date is entered, not
 * one per save. Dates not read yet are left out; the core checks again whatever the screen says.
 */
export function plausibilityProblems(values: FormValues, today = todayIso()): Partial<Record<FieldName, FieldProblem>> {
  const birth = isoOrNull(values.dateOfBirth);
  const arrival = isoOrNull(values.arrivalDate);
  const problems: Partial<Record<FieldName, FieldProblem>> = {};
  const departureDate = isoOrNull(values.departureDate);
  for (const { path, code } of dateOrderIssues({ dateOfBirth: birth, arrivalDate: arrival, departureDate })) {
    problems[path] = { code };
  }
  if (!birth) return problems;
  const fy = Number(values.fiscalYear);
  const findings = traineeFindings(
    {
      dateOfBirth: birth,
      passportExpiry: isoOrNull(values.passportExpiry),
      residenceCardExpiry: isoOrNull(values.residenceCardExpiry),
      arrivalDate: arrival,
      departureDate,
      fiscalYear: values.fiscalYear !== '' && Number.isInteger(fy) ? fy : fiscalYearOf(arrival ?? today),
    },
    today,
    '',
  );
  for (const f of findings.filter(isRefusal)) problems[f.path as FieldName] ??= { code: f.code, params: f.params };
  return problems;
}

export function validateValues(values: FormValues, today = todayIso()): Partial<Record<FieldName, FieldProblem>> {
  const input = inputOf(values);
  const result = TraineeInput.safeParse(input);
  // The schema's problems first (a field has one message); the plausibility rules for the rest.
  const problems: Partial<Record<FieldName, FieldProblem>> = {};
  if (result.success) return plausibilityProblems(values, today);
  for (const issue of result.error.issues) {
    const name = String(issue.path[0] ?? '') as FieldName;
    if (!name || problems[name]) continue;
    // A missing choice fails as a wrong type or value; to a person it is simply "required".
    const code = isEmpty(input[name]) ? 'required' : /^[a-z_]+$/.test(issue.message) ? issue.message : 'invalid_value';
    const params = 'maximum' in issue && typeof issue.maximum === 'number' ? { max: issue.maximum } : undefined;
    problems[name] = params ? { code, params } : { code };
  }
  return { ...plausibilityProblems(values, today), ...problems };
}

/** The fiscal year a new record should default to: the arrival date's, else the current one. */
export function defaultFiscalYear(arrivalDate: string | null): number {
  return arrivalDate ? fiscalYearOf(arrivalDate) : currentFiscalYear();
}
