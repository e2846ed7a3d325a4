// The query mixes the read benchmarks (core and HTTP) time: name fragments in each script, and
// sorted, filtered pages including deep ones.
import type { TraineeListQuery } from '../../shared/trainees/schema';
import { TRAINEE_SORTS } from '../../shared/trainees/schema';

/** Name fragments as people type them: 2 characters, and 3 or more, per script. */
export const SEARCH_FRAGMENTS: { script: string; text: string; none?: true }[] = [
  { script: 'latin', text: 'so' },
  // Two letters that start no name in the register (a typo, or someone not registered).
  { script: 'latin', text: 'ji', none: true },
  { script: 'latin', text: 'ra' },
  { script: 'latin', text: 'som' },
  { script: 'latin', text: 'santos' },
  { script: 'latin', text: 'wongsawat' },
  { script: 'latin', text: 'kyaw' },
  { script: 'latin', text: 'som srisuk' },
  { script: 'thai', text: 'สม' },
  { script: 'thai', text: 'สุดา' },
  { script: 'thai', text: 'ศรีสุข' },
  { script: 'vietnamese', text: 'le' },
  { script: 'vietnamese', text: 'nguyen' },
  { script: 'vietnamese', text: 'huong' },
  { script: 'vietnamese', text: 'duc minh' },
  { script: 'katakana', text: 'ソム' },
  { script: 'katakana', text: 'グエ' },
  { script: 'katakana', text: 'サントス' },
  { script: 'katakana', text: 'ウォンサワット' },
];

type Filter = Pick<TraineeListQuery, 'fiscalYear' | 'country' | 'status' | 'fieldId' | 'archived'>;

export const PAGE_FILTERS: Filter[] = [
  {},
  { fiscalYear: 2019 },
  { country: 'TH' },
  { status: 'completed' },
  { fieldId: 3 },
  { fiscalYear: 2010, country: 'PH' },
  // The other two views of the list: archived trainees only, and everyone.
  { archived: 'archived' },
  { archived: 'all' },
  { archived: 'all', country: 'TH' },
];

/** Before the page benchmark: the intakes before FY2000 (the oldest 4 of 30) are archived. */
export const ARCHIVE_BEFORE_FISCAL_YEAR = 2000;

/**
 * Every sort × filter, at the first, second, middle and last page (`total` gives the page count),
 * alternating ascending and descending.
 */
export function pageCases(total: (filter: Filter) => number): TraineeListQuery[] {
  const cases: TraineeListQuery[] = [];
  let i = 0;
  for (const sort of TRAINEE_SORTS) {
    for (const filter of PAGE_FILTERS) {
      const pages = Math.max(1, Math.ceil(total(filter) / 50));
      for (const page of new Set([1, Math.min(2, pages), Math.ceil(pages / 2), pages])) {
        cases.push({ ...filter, sort, dir: i++ % 2 === 0 ? 'asc' : 'desc', page, pageSize: 50 });
      }
    }
  }
  return cases;
}

export const describeQuery = (q: TraineeListQuery) => JSON.stringify(q);
