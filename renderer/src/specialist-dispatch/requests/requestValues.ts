// What the request form holds (strings, as inputs give them) ↔ what the contract takes.
import type { DispatchRequest } from '../../../../shared/specialist-dispatch/schema';

/** A type, not an interface: the form kit compares it as a record of fields. */
export type RequestValues = {
  fiscalYear: string | null;
  countryCode: string | null;
  requestingGovernment: string;
  fieldId: string | null;
  summary: string;
  wishedStart: string | null;
  wishedEnd: string | null;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  receivedOn: string | null;
};

export function emptyRequest(fiscalYear: number, today: string): RequestValues {
  return {
    fiscalYear: String(fiscalYear),
    countryCode: null,
    requestingGovernment: '',
    fieldId: null,
    summary: '',
    wishedStart: null,
    wishedEnd: null,
    contactName: '',
    contactEmail: '',
    contactPhone: '',
    receivedOn: today,
  };
}

export function requestValues(r: DispatchRequest): RequestValues {
  return {
    fiscalYear: String(r.fiscalYear),
    countryCode: r.countryCode,
    requestingGovernment: r.requestingGovernment,
    fieldId: String(r.fieldId),
    summary: r.summary,
    wishedStart: r.wishedStart,
    wishedEnd: r.wishedEnd,
    contactName: r.contactName ?? '',
    contactEmail: r.contactEmail ?? '',
    contactPhone: r.contactPhone ?? '',
    receivedOn: r.receivedOn,
  };
}

/** The contract's input; empty choices are left out so the schema reports them as required. */
export function requestInput(v: RequestValues): Record<string, unknown> {
  const input: Record<string, unknown> = {
    requestingGovernment: v.requestingGovernment,
    summary: v.summary,
    wishedStart: v.wishedStart || null,
    wishedEnd: v.wishedEnd || null,
    contactName: v.contactName,
    contactEmail: v.contactEmail,
    contactPhone: v.contactPhone,
  };
  if (v.fiscalYear) input.fiscalYear = Number(v.fiscalYear);
  if (v.countryCode) input.countryCode = v.countryCode;
  if (v.fieldId) input.fieldId = Number(v.fieldId);
  if (v.receivedOn) input.receivedOn = v.receivedOn;
  return input;
}

/** Every input in screen order, for the error summary. */
export const REQUEST_ORDER = [
  'fiscalYear',
  'countryCode',
  'requestingGovernment',
  'fieldId',
  'summary',
  'wishedStart',
  'wishedEnd',
  'contactName',
  'contactEmail',
  'contactPhone',
  'receivedOn',
] as const;

export const requestInputId = (key: string) => `request-${key}`;
