// What the reference files' rules know of the programmes, from their sources, and the context a
// check runs in (today's fiscal year from the app's clock, the app's field vocabulary).
import { currentFiscalYear } from '../fiscal-year';
import { FIELD_VOCABULARY_SEED } from './fields';

/**
 * The Specialist Dispatch Project is CLAIR's (the source text, product brief): no project can be
 * older than CLAIR itself, founded in July 1988 (FY1988).
 */
export const DISPATCH_FIRST_YEAR = 1988;

/** LGOTP's accepted-trainee table begins with FY1996 (its first column, "1996-2010"). */
export const TRAINEES_FIRST_YEAR = 1996;

export interface RuleContext {
  /** Today's fiscal year: no past project is later. */
  fiscalYear: number;
  /** The app's field vocabulary (names and aliases). */
  fields: readonly string[];
}

export function ruleContext(now: Date = new Date(), fields: readonly string[] = FIELD_VOCABULARY_SEED): RuleContext {
  return { fiscalYear: currentFiscalYear(now), fields };
}
