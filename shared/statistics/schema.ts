// Programme statistics: accepted trainees by country × fiscal year (the shape of the source text's
// table, with row and column totals), by field and by host. "Accepted" means the trainee reached
// acceptance: every status after applicant, and a withdrawal only when it came after acceptance.
// Archived trainees are not counted.
import { z } from 'zod';
import { read } from '../channel';
import { id } from '../schema-helpers';

const year = z
  .number({ error: 'invalid_type' })
  .int('invalid_type')
  .min(1990, 'out_of_range')
  .max(2100, 'out_of_range');

/** Fiscal years from..to, both included; either end may be left open (then the data's own first or last year). */
export const StatsQuery = z
  .strictObject({ fromYear: year.optional(), toYear: year.optional() })
  .refine((q) => q.fromYear === undefined || q.toYear === undefined || q.fromYear <= q.toYear, {
    path: ['toYear'],
    message: 'range_reversed',
  });
export type StatsQuery = z.input<typeof StatsQuery>;

const bilingual = { nameEn: z.string(), nameJa: z.string() };

export const CountryYearRow = z.object({
  code: z.string(),
  ...bilingual,
  /** One count per entry of `years`, in the same order. */
  counts: z.array(z.number().int()),
  total: z.number().int(),
});

export const CountryYearTable = z.object({
  years: z.array(z.number().int()),
  rows: z.array(CountryYearRow),
  /** Column totals, one per year. */
  totals: z.array(z.number().int()),
  grandTotal: z.number().int(),
});
export type CountryYearTable = z.infer<typeof CountryYearTable>;

export const Statistics = z.object({
  countryYear: CountryYearTable,
  byField: z.array(z.object({ fieldId: id, ...bilingual, count: z.number().int() })),
  /** Trainees with a live placement at the host (a trainee placed at two hosts counts at each). */
  byHost: z.array(z.object({ hostId: id, ...bilingual, prefecture: z.number().int(), count: z.number().int() })),
  total: z.number().int(),
});
export type Statistics = z.infer<typeof Statistics>;

export const statisticsContract = {
  'statistics.get': read(StatsQuery, Statistics),
} as const;
