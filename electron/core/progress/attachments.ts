// Files attached to a progress entry, stored with the record (bytes and their SHA-256). Adding checks
// the encoding, the size, the count and the type (file-type.ts) before anything is written; adding and
// removing are audited on the entry. The entry's version does not change: an edit form left open while
// files are attached can still be saved.
import crypto from 'node:crypto';
import { ATTACHMENT_MAX_BYTES, ATTACHMENTS_PER_ENTRY, type AttachmentInfo } from '../../../shared/progress/schema';
import { AppFailure } from '../../../shared/result';
import { recordAudit } from '../audit/audit';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { insertInto } from '../db/sql-build';
import { archivedRefusal } from './entries';
import { decodeBase64, type FileTypeProblem, fileTypeProblem } from './file-type';
import { toAttachmentInfo } from './rows';

const TYPE_TEXT = {
  attachment_type_not_allowed: 'Only PDF, JPEG, PNG, plain text, Word (.docx) and Excel (.xlsx) files can be attached.',
  attachment_extension_mismatch: "The file name's extension does not match the file's type.",
  attachment_type_mismatch: 'The file’s contents are not of the type its name and declared type say.',
  attachment_image_broken: 'The image is damaged or incomplete, or holds more than the image.',
  attachment_image_too_large: 'The image has more than 40 megapixels.',
} as const;

/** The field each type problem is about. */
const TYPE_PATH: Record<FileTypeProblem, string> = {
  attachment_type_not_allowed: 'mime',
  attachment_extension_mismatch: 'fileName',
  attachment_type_mismatch: 'data',
  attachment_image_broken: 'data',
  attachment_image_too_large: 'data',
};

function invalid(path: string, code: string, message: string, params?: Record<string, string | number>): never {
  throw new AppFailure({ code: 'invalid_input', message, issues: [{ path, code, ...(params ? { params } : {}) }] });
}

interface EntryState {
  id: number;
  deleted: number;
  archived: number;
}

/** The entry an attachment change applies to: it must exist, be live, and its trainee not be archived. */
function writableEntry(ctx: Context, entryId: number, path: string): EntryState {
  const entry = ctx.db.get<EntryState>(sql`
    SELECT e.id, e.deleted, t.archived FROM progress_entries e JOIN trainees t ON t.id = e.trainee_id
    WHERE e.id = ${entryId}`);
  if (!entry) {
    throw new AppFailure({
      code: 'not_found',
      message: `Progress entry ${entryId} does not exist.`,
      issues: [{ path, code: 'not_found' }],
    });
  }
  if (entry.deleted === 1) {
    throw new AppFailure({
      code: 'conflict',
      message: 'This entry is deleted. Restore it first to change its files.',
      issues: [{ path, code: 'entry_deleted' }],
    });
  }
  if (entry.archived === 1) throw archivedRefusal(path);
  return entry;
}

interface AttachmentRow {
  id: number;
  entry_id: number;
  file_name: string;
  mime: string;
  size: number;
  sha256: string;
  created_at: string;
}

function getRow(ctx: Context, id: number): AttachmentRow {
  const row = ctx.db.get<AttachmentRow>(sql`
    SELECT id, entry_id, file_name, mime, size, sha256, created_at FROM progress_attachments WHERE id = ${id}`);
  if (!row) throw new AppFailure({ code: 'not_found', message: `Attachment ${id} does not exist.` });
  return row;
}

const described = (r: AttachmentRow) => ({
  id: r.id,
  fileName: r.file_name,
  mime: r.mime,
  size: r.size,
  sha256: r.sha256,
});

export function addAttachment(
  ctx: Context,
  input: { entryId: number; fileName: string; mime: string; data: string },
): AttachmentInfo {
  const bytes = decodeBase64(input.data);
  if (!bytes || bytes.length === 0)
    invalid('data', 'invalid_file', 'The file could not be read (it is not valid base64).');
  if (bytes.length > ATTACHMENT_MAX_BYTES) {
    invalid('data', 'attachment_too_large', 'The file is larger than 5 MB. Attach a smaller file.', {
      max: ATTACHMENT_MAX_BYTES,
      name: input.fileName,
    });
  }
  const problem = fileTypeProblem(input.fileName, input.mime, bytes);
  if (problem) {
    invalid(TYPE_PATH[problem], problem, TYPE_TEXT[problem], { name: input.fileName });
  }
  return ctx.db.tx(() => {
    writableEntry(ctx, input.entryId, 'entryId');
    const count = ctx.db.get<{ n: number }>(
      sql`SELECT count(*) AS n FROM progress_attachments WHERE entry_id = ${input.entryId}`,
    )?.n;
    if ((count ?? 0) >= ATTACHMENTS_PER_ENTRY) {
      throw new AppFailure({
        code: 'conflict',
        message: `An entry holds at most ${ATTACHMENTS_PER_ENTRY} files. Remove one first.`,
        issues: [{ path: 'entryId', code: 'too_many_attachments', params: { max: ATTACHMENTS_PER_ENTRY } }],
      });
    }
    const { lastInsertRowid } = ctx.db.run(
      insertInto('progress_attachments', {
        entry_id: input.entryId,
        file_name: input.fileName,
        mime: input.mime,
        size: bytes.length,
        sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
        data: bytes,
        created_at: ctx.now().toISOString(),
        actor: ctx.actor(),
      }),
    );
    const row = getRow(ctx, Number(lastInsertRowid));
    recordAudit(ctx, {
      entity: 'progress_entry',
      entityId: input.entryId,
      action: 'attachment-add',
      after: described(row),
    });
    return toAttachmentInfo(row);
  });
}

/** The file itself, as base64 (also of a deleted entry, which can still be read). */
export function getAttachment(ctx: Context, id: number): { fileName: string; mime: string; data: string } {
  const row = ctx.db.get<{ file_name: string; mime: string; data: Buffer }>(
    sql`SELECT file_name, mime, data FROM progress_attachments WHERE id = ${id}`,
  );
  if (!row) throw new AppFailure({ code: 'not_found', message: `Attachment ${id} does not exist.` });
  return { fileName: row.file_name, mime: row.mime, data: row.data.toString('base64') };
}

export function removeAttachment(ctx: Context, id: number): AttachmentInfo {
  return ctx.db.tx(() => {
    const row = getRow(ctx, id);
    writableEntry(ctx, row.entry_id, 'id');
    ctx.db.run(sql`DELETE FROM progress_attachments WHERE id = ${id}`);
    recordAudit(ctx, {
      entity: 'progress_entry',
      entityId: row.entry_id,
      action: 'attachment-remove',
      before: described(row),
    });
    return toAttachmentInfo(row);
  });
}
