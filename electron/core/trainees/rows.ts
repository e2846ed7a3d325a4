// Mapping between the trainees table and the Trainee record, and the derived keys the table stores.

import { naturalKey, searchKey } from '../../../shared/text/normalize';
import type { Trainee, TraineeInput, TraineeSummary } from '../../../shared/trainees/schema';

export interface TraineeRow {
  id: number;
  ref: string;
  full_name: string;
  family_name: string | null;
  given_name: string | null;
  native_name: string | null;
  katakana_name: string | null;
  preferred_name: string | null;
  gender: Trainee['gender'];
  date_of_birth: string;
  country: string;
  home_government: string;
  department: string | null;
  position: string | null;
  field_id: number;
  japanese_level: Trainee['japaneseLevel'];
  email: string | null;
  phone: string | null;
  emergency_contact_name: string | null;
  emergency_contact_relation: string | null;
  emergency_contact_phone: string | null;
  passport_number: string | null;
  passport_expiry: string | null;
  residence_card_number: string | null;
  residence_card_expiry: string | null;
  arrival_date: string | null;
  departure_date: string | null;
  fiscal_year: number;
  status: Trainee['status'];
  notes: string | null;
  archived: number;
  is_demo: number;
  version: number;
  created_at: string;
  updated_at: string;
  has_photo?: number;
}

export function toTrainee(r: TraineeRow): Trainee {
  return {
    id: r.id,
    ref: r.ref,
    fullName: r.full_name,
    familyName: r.family_name,
    givenName: r.given_name,
    nativeName: r.native_name,
    katakanaName: r.katakana_name,
    preferredName: r.preferred_name,
    gender: r.gender,
    dateOfBirth: r.date_of_birth,
    country: r.country,
    homeGovernment: r.home_government,
    department: r.department,
    position: r.position,
    fieldId: r.field_id,
    japaneseLevel: r.japanese_level,
    email: r.email,
    phone: r.phone,
    emergencyContactName: r.emergency_contact_name,
    emergencyContactRelation: r.emergency_contact_relation,
    emergencyContactPhone: r.emergency_contact_phone,
    passportNumber: r.passport_number,
    passportExpiry: r.passport_expiry,
    residenceCardNumber: r.residence_card_number,
    residenceCardExpiry: r.residence_card_expiry,
    arrivalDate: r.arrival_date,
    departureDate: r.departure_date,
    fiscalYear: r.fiscal_year,
    status: r.status,
    notes: r.notes,
    hasPhoto: r.has_photo === 1,
    archived: r.archived === 1,
    isDemo: r.is_demo === 1,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export type SummaryRow = Pick<
  TraineeRow,
  | 'id'
  | 'ref'
  | 'full_name'
  | 'native_name'
  | 'katakana_name'
  | 'preferred_name'
  | 'country'
  | 'home_government'
  | 'field_id'
  | 'fiscal_year'
  | 'status'
  | 'archived'
  | 'is_demo'
>;

export const SUMMARY_COLUMNS =
  't.id, t.ref, t.full_name, t.native_name, t.katakana_name, t.preferred_name, t.country, t.home_government, t.field_id, t.fiscal_year, t.status, t.archived, t.is_demo';

export function toSummary(r: SummaryRow): TraineeSummary {
  return {
    id: r.id,
    ref: r.ref,
    fullName: r.full_name,
    nativeName: r.native_name,
    katakanaName: r.katakana_name,
    preferredName: r.preferred_name,
    country: r.country,
    homeGovernment: r.home_government,
    fieldId: r.field_id,
    fiscalYear: r.fiscal_year,
    status: r.status,
    archived: r.archived === 1,
    isDemo: r.is_demo === 1,
  };
}

/** The column values written for a trainee's editable fields, keys included, in table order. */
export function inputColumns(ref: string, t: TraineeInput) {
  const names = [t.fullName, t.familyName, t.givenName, t.nativeName, t.katakanaName, t.preferredName];
  return {
    full_name: t.fullName,
    family_name: t.familyName,
    given_name: t.givenName,
    native_name: t.nativeName,
    katakana_name: t.katakanaName,
    preferred_name: t.preferredName,
    gender: t.gender,
    date_of_birth: t.dateOfBirth,
    country: t.country,
    home_government: t.homeGovernment,
    department: t.department,
    position: t.position,
    field_id: t.fieldId,
    japanese_level: t.japaneseLevel,
    email: t.email,
    phone: t.phone,
    emergency_contact_name: t.emergencyContactName,
    emergency_contact_relation: t.emergencyContactRelation,
    emergency_contact_phone: t.emergencyContactPhone,
    passport_number: t.passportNumber,
    passport_expiry: t.passportExpiry,
    residence_card_number: t.residenceCardNumber,
    residence_card_expiry: t.residenceCardExpiry,
    arrival_date: t.arrivalDate,
    departure_date: t.departureDate,
    fiscal_year: t.fiscalYear,
    status: t.status,
    notes: t.notes,
    search_key: searchKey([ref, ...names, t.homeGovernment, t.department].filter(Boolean).join(' | ')),
    ref_key: naturalKey(ref),
    name_key: naturalKey(t.fullName),
    gov_key: naturalKey(t.homeGovernment),
  };
}

export type InputColumns = ReturnType<typeof inputColumns>;
