// The Needs-attention page's state lives in the URL (#/attention?state=overdue&kind=…&page=2), like
// the trainee list: back/forward, reload and links from the home page restore the same view.
import type { Input } from '../../../../shared/contract';
import { DUE_KINDS, type DueKind } from '../../../../shared/progress/schema';
import { changedParams, int, oneOf, pageOf } from '../../ui/lists/urlState';

export const PAGE_SIZE = 50;
export const DUE_STATES = ['overdue', 'due_soon'] as const;
export type DueState = (typeof DUE_STATES)[number];

export interface AttentionState {
  kind: DueKind | null;
  state: DueState | null;
  country: string | null;
  fy: number | null;
  page: number;
}

export const DEFAULT_STATE: AttentionState = { kind: null, state: null, country: null, fy: null, page: 1 };

export function parseAttentionState(params: URLSearchParams): AttentionState {
  const fy = int(params.get('fy'));
  return {
    kind: oneOf(params.get('kind'), DUE_KINDS),
    state: oneOf(params.get('state'), DUE_STATES),
    country: /^[A-Z]{2}$/.test(params.get('country') ?? '') ? params.get('country') : null,
    fy: fy !== null && fy >= 1990 && fy <= 2100 ? fy : null,
    page: pageOf(params),
  };
}

export function toSearchParams(s: AttentionState): URLSearchParams {
  return changedParams(s, DEFAULT_STATE);
}

/** The filters alone (what the export takes). */
export function toFilters(s: AttentionState) {
  return {
    kind: s.kind ?? undefined,
    state: s.state ?? undefined,
    country: s.country ?? undefined,
    fiscalYear: s.fy ?? undefined,
  };
}

export function toQuery(s: AttentionState): Input<'progress.attention.list'> {
  return { ...toFilters(s), offset: (s.page - 1) * PAGE_SIZE, limit: PAGE_SIZE };
}

export const hasFilters = (s: AttentionState) =>
  s.kind !== null || s.state !== null || s.country !== null || s.fy !== null;
