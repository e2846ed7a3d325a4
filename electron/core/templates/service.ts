// The office's Word templates: added (checked, then stored with the placeholders they use), listed,
// removed, and filled for one trainee or for every trainee of a fiscal year. Nothing is generated from a
// template whose placeholders are not all known: it is checked again before each merge, since the list
// of placeholders may have changed since it was added. Each file made is numbered in the documents
// register (kind `merge`, the trainee as addressee, the template's name kept with the row).
import { zipSync } from 'fflate';
import type { ParsedInput } from '../../../shared/contract';
import { AppFailure, type FieldIssue } from '../../../shared/result';
import { PLACEHOLDERS } from '../../../shared/templates/placeholders';
import {
  type Generated,
  type GeneratedDocument,
  TEMPLATE_MAX_BYTES,
  type Template,
  type TemplateAdd,
} from '../../../shared/templates/schema';
import type { Trainee } from '../../../shared/trainees/schema';
import { recordAudit } from '../audit/audit';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { type PlannedIssue, planIssues, recordIssues } from '../documents/service';
import { type TraineeRow, toTrainee } from '../trainees/rows';
import { getTrainee } from '../trainees/service';
import { checkTemplate, fillTemplate } from './docx';
import { traineeValues } from './values';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface TemplateRow {
  id: number;
  name: string;
  record_kind: 'trainee';
  file_name: string;
  size: number;
  placeholders_json: string;
  added_at: string;
  added_by: string;
}

const COLUMNS = sql`id, name, record_kind, file_name, size, placeholders_json, added_at, added_by`;

function toTemplate(r: TemplateRow): Template {
  return {
    id: r.id,
    name: r.name,
    recordKind: r.record_kind,
    fileName: r.file_name,
    size: r.size,
    placeholders: JSON.parse(r.placeholders_json),
    addedAt: r.added_at,
    addedBy: r.added_by,
  };
}

function refuse(issues: FieldIssue[], message: string): never {
  throw new AppFailure({ code: 'invalid_input', message, issues });
}

/** The words of a refusal for logs and API users; the renderer says each issue in the person's language. */
function describe(issues: FieldIssue[]): string {
  return issues
    .map((i) =>
      i.params?.name
        ? `${i.code}: {${i.params.name}}${i.params.nearest ? ` (did you mean {${i.params.nearest}}?)` : ''}`
        : i.code,
    )
    .join('; ');
}

export function listTemplates(ctx: Context): Template[] {
  return ctx.db.all<TemplateRow>(sql`SELECT ${COLUMNS} FROM word_templates ORDER BY name, id`).map(toTemplate);
}

function getTemplate(ctx: Context, id: number): Template & { data: Uint8Array } {
  const row = ctx.db.get<TemplateRow & { data: Buffer }>(
    sql`SELECT ${COLUMNS}, data FROM word_templates WHERE id = ${id}`,
  );
  if (!row) throw new AppFailure({ code: 'not_found', message: `Template ${id} does not exist.` });
  return { ...toTemplate(row), data: new Uint8Array(row.data) };
}

export function addTemplate(ctx: Context, input: TemplateAdd & { recordKind: 'trainee' }): Template {
  const bytes = Buffer.from(input.data, 'base64');
  if (bytes.length > TEMPLATE_MAX_BYTES)
    refuse([{ path: 'data', code: 'template_too_large', params: { max: 2 } }], 'The template is larger than 2 MB.');
  const check = checkTemplate(bytes, PLACEHOLDERS[input.recordKind]);
  if (!check.ok) refuse(check.issues, `The template cannot be used: ${describe(check.issues)}`);
  return ctx.db.tx(() => {
    const { lastInsertRowid } = ctx.db.run(sql`
      INSERT INTO word_templates (name, record_kind, file_name, data, size, placeholders_json, added_at, added_by)
      VALUES (${input.name}, ${input.recordKind}, ${input.fileName}, ${bytes}, ${bytes.length},
              ${JSON.stringify(check.placeholders)}, ${ctx.now().toISOString()}, ${ctx.actor()})`);
    const added = toTemplate(
      ctx.db.get<TemplateRow>(
        sql`SELECT ${COLUMNS} FROM word_templates WHERE id = ${Number(lastInsertRowid)}`,
      ) as TemplateRow,
    );
    recordAudit(ctx, { entity: 'word_template', entityId: added.id, action: 'create', after: added });
    return added;
  });
}

export function removeTemplate(ctx: Context, id: number): { removed: boolean } {
  return ctx.db.tx(() => {
    const before = listTemplates(ctx).find((t) => t.id === id);
    if (!before) return { removed: false };
    ctx.db.run(sql`DELETE FROM word_templates WHERE id = ${id}`);
    recordAudit(ctx, { entity: 'word_template', entityId: id, action: 'delete', before });
    return { removed: true };
  });
}

/** A name safe on every file system: the template's name and the trainee's reference. */
function documentName(template: Template, trainee: Trainee): string {
  const base = template.name.replace(/[\\/:*?"<>|\p{Cc}]+/gu, '_').trim() || 'template';
  return `${base} ${trainee.ref}.docx`;
}

function cohortTrainees(ctx: Context, fiscalYear: number): Trainee[] {
  return ctx.db
    .all<TraineeRow>(sql`
      SELECT t.*, EXISTS (SELECT 1 FROM trainee_photos p WHERE p.trainee_id = t.id) AS has_photo
      FROM trainees t WHERE t.fiscal_year = ${fiscalYear} AND t.archived = 0 ORDER BY t.ref_key, t.id`)
    .map(toTrainee);
}

/** The register rows the files will take, one per trainee in order, numbered before any file is made. */
function planFor(ctx: Context, template: Template, trainees: Trainee[], language: 'en' | 'ja'): PlannedIssue[] {
  return planIssues(
    ctx,
    trainees.map((t) => ({
      kind: 'merge' as const,
      record: { type: 'trainee' as const, id: t.id },
      addressee: t.fullName,
      language,
      templateName: template.name,
    })),
  );
}

/**
 * One .docx for a trainee, or a .zip of one .docx per trainee of a fiscal year, each numbered in the
 * register. One transaction: the numbers are planned, every file is filled with its own, and only then
 * are the rows and journal lines written, so a file that fails leaves no row and burns no number.
 */
export function generate(ctx: Context, input: ParsedInput<'templates.generate'>): Generated {
  const template = getTemplate(ctx, input.templateId);
  const check = checkTemplate(template.data, PLACEHOLDERS[template.recordKind]);
  if (!check.ok) refuse(check.issues, `The template cannot be used: ${describe(check.issues)}`);
  const trainees = 'traineeId' in input ? [getTrainee(ctx, input.traineeId)] : cohortTrainees(ctx, input.fiscalYear);
  if (trainees.length === 0)
    throw new AppFailure({
      code: 'not_found',
      message: 'No trainees in that fiscal year.',
      issues: [{ path: 'fiscalYear', code: 'template_no_trainees' }],
    });
  const values = traineeValues(ctx);
  return ctx.db.tx(() => {
    const planned = planFor(ctx, template, trainees, input.language);
    const files = trainees.map((t, i) => {
      const number = planned[i] as PlannedIssue;
      const filled = { ...values(t), doc_number: number.number_en, doc_number_ja: number.number_ja };
      return { trainee: t, name: documentName(template, t), bytes: fillTemplate(template.data, filled) };
    });
    const issued = recordIssues(ctx, planned);
    const documents: GeneratedDocument[] = files.map((f) => ({
      recordKind: 'trainee',
      recordId: f.trainee.id,
      recordRef: f.trainee.ref,
      templateId: template.id,
      fileName: f.name,
    }));
    if ('traineeId' in input) {
      const [only] = files as [(typeof files)[number]];
      const file = { fileName: only.name, mime: DOCX_MIME, data: Buffer.from(only.bytes).toString('base64') };
      return { file, documents, issued };
    }
    // The .docx files are deflated already: stored as they are, the ZIP is made at once.
    const zip = zipSync(Object.fromEntries(files.map((f) => [f.name, [f.bytes, { level: 0 }]])));
    const fileName = `${documentName(template, { ref: `FY${input.fiscalYear}` } as Trainee).replace(/\.docx$/, '')}.zip`;
    return {
      file: { fileName, mime: 'application/zip', data: Buffer.from(zip).toString('base64') },
      documents,
      issued,
    };
  });
}
