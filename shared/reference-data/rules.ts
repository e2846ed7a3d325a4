// The row rules of each reference file, by file: what a value typed while deciding is checked by,
// on screen as the person types and in the core before the import writes anything. The trainee
// table takes no typed values (its figures are stored as read), so it has none.
import { checkTypedValue, type RowRules, type TypedValueCheck } from '../import-rules';
import { counterpartRowRules } from './counterparts';
import { dispatchRowRules } from './dispatch-projects';
import type { RuleContext } from './programme';
import type { ReferenceFile } from './schema';

export const ROW_RULES: Record<ReferenceFile, RowRules<RuleContext> | null> = {
  counterparts: counterpartRowRules,
  dispatch_projects: dispatchRowRules,
  accepted_trainees: null,
};

/** A value typed for one column of a row of the file, checked as the file's own values are. */
export function checkDecisionValue(
  file: ReferenceFile,
  row: Readonly<Record<string, string>>,
  column: string,
  value: string,
  ctx: RuleContext,
): TypedValueCheck | null {
  const rules = ROW_RULES[file];
  return rules ? checkTypedValue(rules, row, column, value, ctx) : null;
}
