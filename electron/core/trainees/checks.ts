// The rules a trainee record must meet beyond its schema: references that exist (errors), a unique
// passport number (error), plausible dates and fiscal year (shared/trainees/plausibility.ts: errors and
// warnings), and what a person should look at before saving (warnings).
import { todayIso } from '../../../shared/fiscal-year';
import { issuesOf, warningsOf } from '../../../shared/plausibility';
import { AppFailure, type FieldIssue, type Warning } from '../../../shared/result';
import { mixedScriptWord, twinKey } from '../../../shared/text/twins';
import { traineeFindings } from '../../../shared/trainees/plausibility';
import type { TraineeInput } from '../../../shared/trainees/schema';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { describeFinding, describeWarnings } from '../plausibility';

/** `today` defaults to the core's clock; a batch reads it once per record, with the record's timestamp. */
export function assertValid(
  ctx: Context,
  t: TraineeInput,
  selfId: number | null,
  today: string = todayIso(ctx.now()),
): void {
  const issues: FieldIssue[] = issuesOf(traineeFindings(t, today));
  if (!ctx.db.get(sql`SELECT 1 FROM countries WHERE code = ${t.country}`)) {
    issues.push({ path: 'data.country', code: 'unknown_country' });
  }
  if (!ctx.db.get(sql`SELECT 1 FROM fields WHERE id = ${t.fieldId}`)) {
    issues.push({ path: 'data.fieldId', code: 'unknown_field' });
  }
  if (t.passportNumber) {
    const other = ctx.db.get<{ ref: string; full_name: string }>(
      sql`SELECT ref, full_name FROM trainees WHERE passport_number = ${t.passportNumber} AND id IS NOT ${selfId}`,
    );
    if (other)
      issues.push({
        path: 'data.passportNumber',
        code: 'passport_exists',
        params: { ref: other.ref, name: other.full_name },
      });
  }
  if (issues.length > 0) {
    const conflict = issues.some((i) => i.code === 'passport_exists');
    throw new AppFailure({
      code: conflict ? 'conflict' : 'invalid_input',
      message: issues.map(describeIssue).join(' '),
      issues,
    });
  }
}

function describeIssue(issue: FieldIssue): string {
  switch (issue.code) {
    case 'passport_exists':
      return `Passport number is already recorded for ${issue.params?.name} (${issue.params?.ref}).`;
    case 'unknown_country':
      return 'Country is not in the list of countries.';
    case 'unknown_field':
      return 'Field of training is not in the list of fields.';
    default:
      return `${describeFinding(issue)}.`;
  }
}

export function findWarnings(
  ctx: Context,
  t: TraineeInput,
  selfId: number | null,
  today: string = todayIso(ctx.now()),
): Warning[] {
  const warnings: Warning[] = [];
  const twin = twinOf(ctx, t, selfId);
  if (twin) warnings.push({ code: 'possible_duplicate', params: { ref: twin.ref, name: twin.full_name } });
  warnings.push(...mixedScriptWarnings(t));
  // Then the unusual dates: age, arrival outside the intake year, length of stay, expiring documents.
  warnings.push(...warningsOf(traineeFindings(t, today)));
  return warnings;
}

/**
 * A trainee born the same day whose name looks the same: equal once zero-width characters are dropped
 * and look-alike Cyrillic or Greek letters read as Latin (shared/text/twins.ts).
 */
function twinOf(ctx: Context, t: TraineeInput, selfId: number | null): { ref: string; full_name: string } | undefined {
  const key = twinKey(t.fullName);
  return ctx.db
    .all<{ ref: string; full_name: string }>(sql`
      SELECT ref, full_name FROM trainees WHERE date_of_birth = ${t.dateOfBirth} AND id IS NOT ${selfId} ORDER BY id`)
    .find((other) => twinKey(other.full_name) === key);
}

const NAME_FIELDS = ['fullName', 'familyName', 'givenName', 'preferredName', 'nativeName'] as const;

/** A name with a word written in two scripts ("Аnna" with a Cyrillic А) is asked about before saving. */
function mixedScriptWarnings(t: TraineeInput): Warning[] {
  return NAME_FIELDS.flatMap((field) => {
    const mixed = mixedScriptWord(t[field] ?? '');
    return mixed ? [{ code: 'mixed_scripts', params: { field, ...mixed } }] : [];
  });
}

const WARNING_TEXT: Record<string, string> = {
  possible_duplicate: 'A trainee with the same name and date of birth already exists',
  mixed_scripts: 'a name mixes letters of two scripts in one word',
};

/** What a trainee's warnings ask the person to confirm, for the needs_confirmation answer. */
export function confirmMessage(warnings: Warning[]): string {
  return `Please confirm: ${warnings.map((w) => WARNING_TEXT[w.code] ?? describeWarnings([w])).join('; ')}.`;
}
