// Which number of a message chooses its plural form ("1 seat", "2 seats"; Japanese has one form).
// i18next picks `key_one` or `key_other` by the `count` option; messages from the core name their
// numbers for what they are (peak, found, months), so the ones said with a noun are listed here.
const COUNTED_BY: Record<string, string> = {
  'warning.dispatch_too_long': 'totalDays',
  'placements.reason.free_capacity': 'free',
  'placements.reason.full': 'peak',
  'progress.validation.month_outside_placement': 'months',
  'hosts.import.problem.cell_count': 'found',
  'referenceData.finding.column_count': 'found',
  'referenceData.finding.trainee_row_too_many_figures': 'figures',
  'referenceData.finding.year_block_out_of_order': 'rows',
  'dispatch.reason.available_partial': 'wishedDays',
};

/** `{ count }` for the message's key from its params (their own `count` unless listed), or nothing. */
export function countOf(key: string, params: Record<string, unknown> | undefined): { count?: number } {
  const value = params?.[COUNTED_BY[key] ?? 'count'];
  return typeof value === 'number' ? { count: value } : {};
}
