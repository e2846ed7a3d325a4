// The words for a bulk action's refusals: each refused record with its reason. (The selection an
// action is for: useBulkSelection.)
import type { TFunction } from 'i18next';
import { BULK_RECORD_PATH } from '../../../../shared/bulk';
import { errorOf } from '../../i18n/messages';

export interface Refusal {
  id: string;
  name: string;
  text: string;
}

const STATUS_PARAMS = ['from', 'to', 'status', 'state'];

/**
 * Each refused record and why, in the person's language; empty when the failure names none. A status
 * named in a refusal is said with `statusKey` ("trainee.status", "dispatch.state").
 */
export function bulkRefusals(t: TFunction, error: unknown, statusKey = 'trainee.status'): Refusal[] {
  const issues = (errorOf(error).issues ?? []).filter((i) => i.path.startsWith(BULK_RECORD_PATH));
  return issues.map((issue) => {
    const params = Object.fromEntries(
      Object.entries(issue.params ?? {}).map(([k, v]) => [
        k,
        STATUS_PARAMS.includes(k) ? t(`${statusKey}.${v}`, { defaultValue: String(v) }) : v,
      ]),
    );
    // A move to the status a record already has reads as such, not as "from X to X".
    const same = issue.code.endsWith('transition_not_allowed') && issue.params?.from === issue.params?.to;
    const text = t(`bulk.refusal.${same ? 'already_in_status' : issue.code}`, {
      ...params,
      defaultValue: t(`validation.${issue.code}`, {
        ...params,
        field: '',
        defaultValue: t(`error.${issue.code}`, { defaultValue: t('bulk.refusal.other') }),
      }),
    });
    return { id: issue.path.slice(BULK_RECORD_PATH.length), name: String(issue.params?.name ?? ''), text };
  });
}
