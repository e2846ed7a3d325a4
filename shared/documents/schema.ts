// Documents an office sends (letters, certificates, files merged from the office's own Word templates)
// and the register of the numbers they were issued under (文書管理簿). Each document is numbered per
// fiscal year and kind, never reused (docs/documents.md says how, a restore of an older backup
// included); a reissue keeps its number, marked 再発行, and the original row stays.
import { z } from 'zod';
import { read, write } from '../channel';
import { id, requiredText } from '../schema-helpers';
import { DateDisplay } from '../settings/schema';

/** The built-in documents of the two projects, and `merge`: a file made from the office's own template. */
export const DOCUMENT_KINDS = [
  'acceptance',
  'placementRequest',
  'placementNotice',
  'completionCertificate',
  'progressCover',
  'dispatchAcknowledgement',
  'dispatchRequest',
  'agreementSummary',
  'merge',
] as const;
export const DocumentKind = z.enum(DOCUMENT_KINDS, { error: 'invalid_choice' });
export type DocumentKind = z.infer<typeof DocumentKind>;

/** The kinds of record a document is about. */
export const RECORD_TYPES = ['trainee', 'cohort', 'host', 'dispatchRequest', 'specialist', 'dispatch'] as const;
export const RecordType = z.enum(RECORD_TYPES, { error: 'invalid_choice' });
export type RecordType = z.infer<typeof RecordType>;

export const RecordRef = z.strictObject({ type: RecordType, id });
export type RecordRef = z.infer<typeof RecordRef>;

export const DocumentLanguage = z.enum(['en', 'ja'], { error: 'invalid_choice' });

const fiscalYear = z.number().int().min(1990).max(2100);

export const IssueInput = z.strictObject({
  kind: DocumentKind,
  record: RecordRef,
  /** Who the document goes to, as printed (a person, an office, a local government). */
  addressee: requiredText(200),
  language: DocumentLanguage,
});
export type IssueInput = z.infer<typeof IssueInput>;

/** One row of the register: an issue, or a reissue of the same number. */
export const RegisterEntry = z.object({
  /** null for a number the journal holds and this database does not (issued before a restore). */
  id: id.nullable(),
  kind: DocumentKind,
  fiscalYear: z.number().int(),
  seq: z.number().int(),
  /** "ACC-FY2026-012" */
  numberEn: z.string(),
  /** "令8受諾第12号" */
  numberJa: z.string(),
  /** 0 for the first issue; 1, 2 … for each reissue of the same number. */
  reissue: z.number().int(),
  issuedOn: z.string(),
  addressee: z.string(),
  record: RecordRef.nullable(),
  /** The record as it was named when the document was issued. */
  recordLabel: z.string(),
  /** For a file merged from the office's own Word template: the template's name when it was made. */
  templateName: z.string().nullable(),
  language: DocumentLanguage,
  issuedBy: z.string(),
  /** Issued before the restore of an older backup: the journal holds the number, this database not. */
  missing: z.boolean(),
});
export type RegisterEntry = z.infer<typeof RegisterEntry>;

export const REGISTER_SORTS = ['number', 'issuedOn', 'addressee', 'kind'] as const;

export const RegisterQuery = z.strictObject({
  search: z.string().max(200, 'too_long').default(''),
  fiscalYear: fiscalYear.nullish(),
  kind: DocumentKind.nullish(),
  sort: z.enum(REGISTER_SORTS).default('number'),
  dir: z.enum(['asc', 'desc']).default('desc'),
  page: z.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
});
export type RegisterQuery = z.infer<typeof RegisterQuery>;

export const RegisterPage = z.object({
  rows: z.array(RegisterEntry),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** How the printed register shows dates, as the reports do: the saved choice, or null for the default. */
  dateDisplay: DateDisplay.nullable(),
});

/** What the register's filters offer: the fiscal years that have entries. */
export const RegisterFacets = z.object({ fiscalYears: z.array(z.number().int()) });

export const documentsContract = {
  'documents.issue': write(IssueInput, RegisterEntry),
  'documents.reissue': write(z.strictObject({ id }), RegisterEntry),
  'documents.register.list': read(RegisterQuery, RegisterPage),
  'documents.register.facets': read(z.strictObject({}), RegisterFacets),
} as const;
