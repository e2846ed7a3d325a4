// A finding in words, in the person's language: its code is the message key, its params fill it in.
// Country and place names are translated where the app knows them; scores read as percentages. The
// reference-data screen and the statistics (CLAIR's printed figures beside the app's) both say them.
import type { TFunction } from 'i18next';
import type { RuleText } from '../../../shared/import-rules';
import { countryCodeOf } from '../../../shared/reference-data/countries';
import type { Finding, UnplacedFigure } from '../../../shared/reference-data/schema';
import { countOf } from '../i18n/plural';

/** A country as the person's language names it; a name the list does not know stays as printed. */
export function countryText(t: TFunction, name: string): string {
  const code = countryCodeOf(name);
  return code ? t(`referenceData.country.${code}`, { defaultValue: name }) : name;
}

/** A list of countries ("Thailand, Malaysia"), each translated. */
const countries = (t: TFunction, list: string) =>
  list
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean)
    .map((n) => countryText(t, n))
    .join(t('referenceData.listSeparator'));

/** A column's name in words ("Field of expertise"); an unknown column stays as it is. */
export const columnText = (t: TFunction, column: string) => t(`referenceData.col.${column}`, { defaultValue: column });

export function findingText(t: TFunction, finding: Pick<Finding, 'code' | 'params' | 'column'>): string {
  const p: Record<string, string | number> = { ...finding.params };
  if (typeof p.country === 'string') p.country = countryText(t, p.country);
  if (typeof p.belongsTo === 'string') p.belongsTo = countries(t, p.belongsTo);
  if (typeof p.eligible === 'string') p.eligible = countries(t, p.eligible);
  if (typeof p.place === 'string') p.place = t(`referenceData.place.${p.place}`, { defaultValue: p.place });
  if (typeof p.score === 'number') p.score = Math.round(p.score * 100);
  if (finding.code === 'year_block_out_of_order' && p.previousYear === undefined) p.previousYear = '—';
  p.columnName = finding.column ? columnText(t, finding.column) : '';
  const key = finding.code === 'field_misspelt' && finding.params.known === 0 ? 'field_misspelt_new' : finding.code;
  return t(`referenceData.finding.${key}`, { ...p, ...countOf(`referenceData.finding.${key}`, finding.params) });
}

/** A column's rule in words ("A fiscal year between 1988 and 2026: …"), countries in the person's language. */
export function ruleText(t: TFunction, rule: RuleText): string {
  const p: Record<string, string | number> = { ...rule.params };
  if (typeof p.eligible === 'string') p.eligible = countries(t, p.eligible);
  return t(`referenceData.rule.${rule.code}`, p);
}

/** "2011–2016" for a figure that could sit in any of those columns. */
export const candidatesText = (t: TFunction, u: UnplacedFigure) =>
  u.candidates.length > 1
    ? t('referenceData.trainees.candidates', { from: u.candidates[0], to: u.candidates.at(-1) })
    : (u.candidates[0] ?? '');
