// The command palette's search: a few best matches of each kind of record for what was typed, with
// the same search keys the lists use (shared/text/normalize.ts), so the palette finds what they find.
import { z } from 'zod';
import { read } from '../channel';

export const SEARCH_KINDS = ['trainee', 'host', 'specialist', 'request', 'cohort'] as const;
export const SearchKind = z.enum(SEARCH_KINDS);
export type SearchKind = z.infer<typeof SearchKind>;

export const SearchQuery = z.strictObject({
  text: z.string().max(200, 'too_long'),
  /** How many matches of each kind at most. */
  perKind: z.number().int().min(1).max(20).default(5),
});
export type SearchQuery = z.input<typeof SearchQuery>;

export const SearchHit = z.object({
  kind: SearchKind,
  /** What its page is found by: the record's id, or a cohort's fiscal year. */
  key: z.number().int(),
  title: z.string(),
  /** A second line: the other script's name, the reference, the organisation. */
  detail: z.string().nullable(),
  /** A cohort's programme, which the renderer writes as a period in the person's language. */
  period: z.object({ start: z.string(), end: z.string() }).optional(),
  /** Archived, inactive or retired: listed after the others. */
  inactive: z.boolean(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResults = z.object({ hits: z.array(SearchHit) });
export type SearchResults = z.infer<typeof SearchResults>;

export const searchContract = {
  'search.find': read(SearchQuery, SearchResults),
};
