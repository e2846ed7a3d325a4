// Word templates: the office's own .docx files with placeholders, filled for one trainee or for every
// trainee of a fiscal year (a cohort). A template comes in as base64 in the JSON body, as a photo does:
// at 2 MB it is well inside the API's body limit, and the same call works over IPC and HTTP with the
// contract's checks, without a second upload route. The generated files leave the same way, as an
// export does, and are saved by the renderer's download. Each file made is numbered and recorded in the
// documents register (kind `merge`) as it is made.
import { z } from 'zod';
import { read, write } from '../channel';
import { DocumentLanguage, RegisterEntry } from '../documents/schema';
import { ExportedFile } from '../hosts/import-schema';
import { id, requiredText } from '../schema-helpers';
import { RECORD_KINDS } from './placeholders';

/** A letter with a letterhead logo is a few hundred KB; 2 MB leaves room and keeps a cohort of 40 sane. */
export const TEMPLATE_MAX_BYTES = 2 * 1024 * 1024;

export const RecordKind = z.enum(RECORD_KINDS, { error: 'invalid_choice' });

export const TemplateAdd = z.strictObject({
  name: requiredText(120),
  recordKind: RecordKind.default('trainee'),
  /** The file's name as chosen, kept to name what is generated. */
  fileName: requiredText(200),
  /** Base64 of the .docx bytes. */
  data: z
    .string({ error: 'required' })
    .min(1, 'required')
    .max(Math.ceil(TEMPLATE_MAX_BYTES / 3) * 4 + 4, 'template_too_large')
    .regex(/^[A-Za-z0-9+/]+=*$/, 'template_not_docx'),
});
export type TemplateAdd = z.input<typeof TemplateAdd>;

export const Template = z.object({
  id,
  name: z.string(),
  recordKind: RecordKind,
  fileName: z.string(),
  size: z.number().int(),
  /** The placeholders the template uses, as found in it when it was added. */
  placeholders: z.array(z.string()),
  addedAt: z.string(),
  addedBy: z.string(),
});
export type Template = z.infer<typeof Template>;

/** The language the register records for the files made; the template's own words decide what they say. */
const language = DocumentLanguage.default('ja');

/** One trainee, or every trainee of a fiscal year (archived records left out). */
export const TemplateGenerate = z.union([
  z.strictObject({ templateId: id, traineeId: id, language }),
  z.strictObject({ templateId: id, fiscalYear: z.number().int().min(1990).max(2100), language }),
]);
export type TemplateGenerate = z.input<typeof TemplateGenerate>;

/** What was made: the record, the template and the file's name (the register records these). */
export const GeneratedDocument = z.object({
  recordKind: RecordKind,
  recordId: id,
  recordRef: z.string(),
  templateId: id,
  fileName: z.string(),
});
export type GeneratedDocument = z.infer<typeof GeneratedDocument>;

export const Generated = z.object({
  /** One .docx for a trainee; a .zip of one .docx per trainee for a cohort. */
  file: ExportedFile,
  documents: z.array(GeneratedDocument),
  /** The register's row of each file, in the same order: kind `merge`, numbered 1 … n in that order. */
  issued: z.array(RegisterEntry),
});
export type Generated = z.infer<typeof Generated>;

export const templatesContract = {
  'templates.list': read(z.strictObject({}), z.array(Template)),
  'templates.add': write(TemplateAdd, Template),
  'templates.remove': write(z.strictObject({ id }), z.object({ removed: z.boolean() })),
  /** A write: each file made takes a number in the documents register, in one transaction. */
  'templates.generate': write(TemplateGenerate, Generated),
} as const;
