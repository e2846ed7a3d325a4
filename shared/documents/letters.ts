// The built-in letters and certificates: what each is about, who it may go to, the wording and the
// signatory set in Settings, and a letter as issued, assembled for printing. The number and the
// register row come from `documents.issue` (schema.ts); `documents.letter` reads an issued one back
// with its text filled from the record, so a reprint or a reissue prints the same letter.
import { z } from 'zod';
import { read, write } from '../channel';
import { empty, id, requiredText } from '../schema-helpers';
import { DateDisplay } from '../settings/schema';
import { DocumentLanguage, type RecordType, RegisterEntry } from './schema';

export const LETTER_KINDS = [
  'acceptance',
  'placementRequest',
  'placementNotice',
  'completionCertificate',
  'progressCover',
  'dispatchAcknowledgement',
  'dispatchRequest',
  'agreementSummary',
] as const;
export const LetterKind = z.enum(LETTER_KINDS, { error: 'invalid_choice' });
export type LetterKind = z.infer<typeof LetterKind>;

/** The record each letter is issued for (a placement request is the trainee's, to their host). */
export const LETTER_RECORD = {
  acceptance: 'trainee',
  placementRequest: 'trainee',
  placementNotice: 'trainee',
  completionCertificate: 'trainee',
  progressCover: 'trainee',
  dispatchAcknowledgement: 'dispatchRequest',
  dispatchRequest: 'dispatch',
  agreementSummary: 'dispatch',
} as const satisfies Record<LetterKind, RecordType>;

/** Whom a letter may be addressed to; the issue dialog offers these, filled from the record. */
export const ADDRESSEE_ROLES = [
  'trainee',
  'homeGovernment',
  'host',
  'counterpart',
  'requestingGovernment',
  'specialist',
  'specialistGovernment',
] as const;
export type AddresseeRole = (typeof ADDRESSEE_ROLES)[number];

export const LETTER_ADDRESSEES = {
  acceptance: ['trainee', 'homeGovernment'],
  placementRequest: ['host'],
  placementNotice: ['trainee', 'homeGovernment'],
  completionCertificate: ['trainee'],
  progressCover: ['homeGovernment'],
  dispatchAcknowledgement: ['counterpart', 'requestingGovernment'],
  dispatchRequest: ['specialistGovernment'],
  agreementSummary: ['counterpart', 'requestingGovernment', 'specialist'],
} as const satisfies Record<LetterKind, readonly AddresseeRole[]>;

/** A letter's own words in one language. The body may use `{placeholders}`; a blank line parts paragraphs. */
export const LetterText = z.strictObject({ subject: requiredText(200), body: requiredText(4000) });
export type LetterText = z.infer<typeof LetterText>;
export const LetterWording = z.strictObject({ en: LetterText, ja: LetterText });
export type LetterWording = z.infer<typeof LetterWording>;

/** Who signs: printed under the office's name, with the title, in each language. */
export const Signatory = z.strictObject({
  nameEn: requiredText(120),
  nameJa: requiredText(120),
  titleEn: requiredText(120),
  titleJa: requiredText(120),
});
export type Signatory = z.infer<typeof Signatory>;

/** Japanese letters carry a box for the official seal, or say 公印省略 where the seal is left off. */
export const SealMode = z.enum(['box', 'omitted'], { error: 'invalid_choice' });
export type SealMode = z.infer<typeof SealMode>;

export const LetterSettings = z.object({
  signatory: Signatory,
  seal: SealMode,
  /** Every kind has its wording: the saved one, or the built-in default until one is saved. */
  wording: z.object(
    Object.fromEntries(LETTER_KINDS.map((k) => [k, LetterWording])) as Record<LetterKind, typeof LetterWording>,
  ),
});
export type LetterSettings = z.infer<typeof LetterSettings>;

export const LetterSettingsPatch = z.strictObject({
  signatory: Signatory.optional(),
  seal: SealMode.optional(),
  /** Only the kinds given change; `null` puts a kind back to the built-in wording. */
  wording: z.partialRecord(LetterKind, LetterWording.nullable()).optional(),
});
export type LetterSettingsPatch = z.infer<typeof LetterSettingsPatch>;

/**
 * A line of the 記 block (Japanese) or the particulars (English). `key` names the label, translated by
 * the renderer in the letter's language (documents.letter.item.<key>); a value is text, or a date, or
 * a period from `date` to `until`, printed in the letter's date style.
 */
export const LetterItem = z.object({
  key: z.string(),
  text: z.string().nullable(),
  date: z.string().nullable(),
  until: z.string().nullable(),
});
export type LetterItem = z.infer<typeof LetterItem>;

/** An issued letter, ready to print in its own language. */
export const Letter = z.object({
  entry: RegisterEntry,
  kind: LetterKind,
  language: DocumentLanguage,
  /** The number as this language writes it ("ACC-FY2026-012" or "令8受諾第12号"). */
  number: z.string(),
  issuedOn: z.string(),
  addressee: z.string(),
  sender: z.object({ title: z.string(), name: z.string() }),
  seal: SealMode,
  subject: z.string(),
  /** The body with its placeholders filled, one string per paragraph. */
  paragraphs: z.array(z.string()),
  items: z.array(LetterItem),
  /** As reports print dates: the saved choice, or null for each language's default. */
  dateDisplay: DateDisplay.nullable(),
});
export type Letter = z.infer<typeof Letter>;

/** The addressees a letter for this record may go to, named from the record, in both languages. */
export const AddresseeChoice = z.object({ role: z.string(), en: z.string(), ja: z.string() });

export const lettersContract = {
  'documents.letters.settings.get': read(empty, LetterSettings),
  'documents.letters.settings.update': write(LetterSettingsPatch, LetterSettings),
  'documents.letters.addressees': read(z.strictObject({ kind: LetterKind, recordId: id }), z.array(AddresseeChoice)),
  'documents.letter': read(z.strictObject({ id }), Letter),
} as const;

/** The labels of the 記 block / particulars a letter may carry (documents.letter.item.<key> in i18n). */
export const LETTER_ITEM_KEYS = [
  'traineeName',
  'dateOfBirth',
  'country',
  'homeGovernment',
  'field',
  'trainingPeriod',
  'host',
  'placementPeriod',
  'enclosure',
  'requestReference',
  'requestingGovernment',
  'counterpart',
  'receivedOn',
  'wishedPeriod',
  'request',
  'specialistName',
  'specialistGovernment',
  'dispatchPeriod',
  'costs',
] as const;
export type LetterItemKey = (typeof LETTER_ITEM_KEYS)[number];
