// What the dispatch exports say, in English and Japanese (as shared/exports/labels.ts does for the
// other exports): headings, sheet names and the words for request states, window positions and sources.

import type { Pair } from '../../../shared/exports/labels';
import type { RequestState } from '../../../shared/specialist-dispatch/workflow';

export const REQUEST_STATE: Record<RequestState, Pair> = {
  received: ['Received', '受付'],
  under_review: ['Under review', '審査中'],
  approved: ['Approved', '採択'],
  declined: ['Declined', '不採択'],
  specialist_matched: ['Specialist matched', '専門家決定'],
  agreement_signed: ['Agreement signed', '協定締結'],
  dispatched: ['Dispatched', '派遣中'],
  completed: ['Completed', '完了'],
  cancelled: ['Cancelled', '中止'],
};

export const SOURCE: Record<'reference' | 'app', Pair> = {
  reference: ['CLAIR reference file', 'CLAIR参考資料'],
  app: ['Recorded in the app', 'アプリの記録'],
};

export const D_HEADING = {
  reference: ['Reference', '受付番号'],
  fiscalYear: ['Fiscal year', '年度'],
  country: ['Country', '国'],
  counterpart: ['Counterpart', 'カウンターパート'],
  government: ['Requesting local government', '要請自治体'],
  locality: ['Local government', '自治体'],
  field: ['Field of expertise', '専門分野'],
  summary: ['Request', '要請内容'],
  wishedStart: ['Wished start', '希望開始日'],
  wishedEnd: ['Wished end', '希望終了日'],
  received: ['Received', '受付日'],
  window: ['Application window', '募集期間'],
  state: ['State', '状況'],
  stateSince: ['State since', '状況変更日'],
  specialists: ['Specialists', '派遣専門家'],
  source: ['Source', '出典'],
  total: ['Total', '合計'],
} as const satisfies Record<string, Pair>;

export const D_SHEET = {
  requests: ['Requests', '派遣要請'],
  byCountry: ['By country and year', '国別・年度別'],
  byField: ['By field', '分野別'],
  projects: ['Projects', '派遣実績'],
} as const satisfies Record<string, Pair>;

/** "Inside", "12 days late" / "期間内", "12日遅れ". */
export function windowWords(w: { position: 'inside' | 'early' | 'late'; days: number }, lang: 'en' | 'ja'): string {
  if (w.position === 'inside') return lang === 'en' ? 'Inside' : '期間内';
  if (lang === 'en') return `${w.days} day${w.days === 1 ? '' : 's'} ${w.position}`;
  return `${w.days}日${w.position === 'early' ? '前' : '遅れ'}`;
}
