// One set of rules per kind of imported row, used for every value that enters: the file's own cells,
// and a value a person types or edits while deciding, both on screen as they type and again in the
// core before anything is written. An import of a new kind of file writes its row rules once, as a
// RowRules, and gets both: the same findings for the same value, wherever it came from.

export type RuleSeverity = 'error' | 'warning' | 'info';
export type RuleParams = Record<string, string | number>;

/** What the rules say about one value of a row (column null: the row as a whole). */
export interface ValueFinding {
  code: string;
  severity: RuleSeverity;
  column: string | null;
  params?: RuleParams;
  suggestion?: { column: string; value: string; score?: number };
}

/** What a column's value must be, for the screen to say in words (an i18n key and its values). */
export interface RuleText {
  code: string;
  params: RuleParams;
}

export interface RowRules<Ctx> {
  /** The findings on one row's values; rules over the whole file (order, duplicates) are not here. */
  check(values: Readonly<Record<string, string>>, ctx: Ctx): ValueFinding[];
  /** The rule a column's value must meet, in words; null for a column without one. */
  rule(column: string, ctx: Ctx): RuleText | null;
}

const sameFinding = (a: ValueFinding, b: ValueFinding) => a.code === b.code && a.column === b.column;

/**
 * The findings a changed row has that concern the change: every finding on a changed column, and any
 * error the change brings to another column (a year that makes its country not yet eligible, say).
 */
export function changeFindings<Ctx>(
  rules: RowRules<Ctx>,
  before: Readonly<Record<string, string>>,
  after: Readonly<Record<string, string>>,
  changed: ReadonlySet<string>,
  ctx: Ctx,
): ValueFinding[] {
  const earlier = rules.check(before, ctx);
  return rules
    .check(after, ctx)
    .filter(
      (f) =>
        (f.column !== null && changed.has(f.column)) ||
        (f.severity === 'error' && !earlier.some((e) => sameFinding(e, f))),
    );
}

export interface TypedValueCheck {
  rule: RuleText | null;
  findings: ValueFinding[];
  /** An error: the value cannot be taken (the core refuses it too). */
  refused: boolean;
}

/** A value typed into one column of a row, checked by the row's rules as the file's values are. */
export function checkTypedValue<Ctx>(
  rules: RowRules<Ctx>,
  row: Readonly<Record<string, string>>,
  column: string,
  value: string,
  ctx: Ctx,
): TypedValueCheck {
  const findings = changeFindings(rules, row, { ...row, [column]: value }, new Set([column]), ctx);
  return { rule: rules.rule(column, ctx), findings, refused: findings.some((f) => f.severity === 'error') };
}
