// An issued letter assembled for print: its register row, the record as it reads now and the letters'
// settings. The text is the kind's wording in the row's language with the placeholders filled; a
// reissue assembles the same way (the layout marks it 再発行 / "Reissued").
import { fillPlaceholders } from '../../../shared/documents/letter-placeholders';
import { LETTER_KINDS, LETTER_RECORD, type Letter, type LetterKind } from '../../../shared/documents/letters';
import type { IssueInput, RegisterEntry } from '../../../shared/documents/schema';
import { todayIso } from '../../../shared/fiscal-year';
import { AppFailure } from '../../../shared/result';
import type { Context } from '../context';
import { savedDateDisplay } from '../settings/service';
import { dateValues } from '../templates/values';
import { getLetterSettings } from './letter-settings';
import { letterItems, letterSource, recordMissing } from './letter-sources';
import { entryById } from './service';

const isLetter = (kind: string): kind is LetterKind => (LETTER_KINDS as readonly string[]).includes(kind);

function refuse(code: string, message: string, path = 'id'): never {
  throw new AppFailure({ code: 'conflict', message, issues: [{ path, code }] });
}

/**
 * Refuses, before a number is taken, a letter its record cannot fill: about the wrong kind of record,
 * or a placement letter for a trainee with no placement. A number is never reused, so one taken for a
 * letter that cannot print would be a gap in the register for good.
 */
export function checkIssuable(ctx: Context, input: IssueInput): void {
  const kind = input.kind;
  if (!isLetter(kind)) return;
  if (input.record.type !== LETTER_RECORD[kind]) {
    refuse('letter_wrong_record', `A ${kind} is about a ${LETTER_RECORD[kind]}.`, 'record.type');
  }
  try {
    letterSource(ctx, kind, input.record.id, todayIso(ctx.now()));
  } catch (error) {
    if (!(error instanceof AppFailure)) throw error;
    const issues = error.error.issues?.map((i) => ({ ...i, path: 'record.id' }));
    throw new AppFailure({ ...error.error, ...(issues ? { issues } : {}) });
  }
}

/** The row's kind as a letter, and its record, or why it has none to print. */
function letterOf(entry: RegisterEntry): { kind: LetterKind; recordId: number } {
  const kind = entry.kind;
  if (!isLetter(kind)) refuse('letter_not_builtin', `Document ${entry.id} was made from an office template.`);
  if (!entry.record || entry.record.type !== LETTER_RECORD[kind]) {
    refuse('letter_wrong_record', `Document ${entry.id} is not about a ${LETTER_RECORD[kind]}.`);
  }
  return { kind, recordId: entry.record.id };
}

/** A blank line parts paragraphs; the lines inside one stay as written. */
function paragraphsOf(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

export function assembleLetter(ctx: Context, id: number): Letter {
  const entry = entryById(ctx, id);
  const { kind, recordId } = letterOf(entry);
  const lang = entry.language;
  let source: ReturnType<typeof letterSource>;
  try {
    source = letterSource(ctx, kind, recordId, entry.issuedOn);
  } catch (error) {
    if (error instanceof AppFailure && error.error.code === 'not_found') throw recordMissing('record', recordId, 'id');
    throw error;
  }
  const number = lang === 'ja' ? entry.numberJa : entry.numberEn;
  // {doc_number} is the number as the letter's language writes it; {doc_number_ja} always 令8受諾第12号.
  const values = {
    ...source.values,
    doc_number: number,
    doc_number_ja: entry.numberJa,
    ...dateValues('issued_on', entry.issuedOn),
  };
  const settings = getLetterSettings(ctx);
  const wording = settings.wording[kind][lang];
  const s = settings.signatory;
  return {
    entry,
    kind,
    language: lang,
    number,
    issuedOn: entry.issuedOn,
    addressee: entry.addressee,
    sender: lang === 'ja' ? { title: s.titleJa, name: s.nameJa } : { title: s.titleEn, name: s.nameEn },
    seal: settings.seal,
    subject: fillPlaceholders(wording.subject, values),
    paragraphs: paragraphsOf(fillPlaceholders(wording.body, values)),
    items: letterItems(kind, source, lang),
    dateDisplay: savedDateDisplay(ctx),
  };
}
