// How a due item reads: its kind, what it is about, how far its date is from today, what to do.
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import type { AttentionItem } from '../../../../shared/progress/schema';
import type { Language } from '../../../../shared/settings/schema';
import { hostName } from '../text';

/** Whole days from `today` to `date` (negative: in the past). */
export const daysBetween = (today: string, date: string) => dayjs(date).diff(dayjs(today), 'day');

/**
 * "3 days overdue", "due today", "in 5 days". A placement conflict has no deadline: its date is when
 * the conflict begins, so it reads "since 2 May 2026" (or, beside the date itself, "ongoing").
 */
export function distanceText(t: TFunction, today: string, item: AttentionItem, besideDate = false): string {
  const days = daysBetween(today, item.dueDate);
  if (item.kind === 'placement_conflict') return conflictText(t, days, item.dueDate, besideDate);
  if (days < 0) return t('progress.attention.daysLate', { count: -days });
  if (days === 0) return t('progress.attention.dueToday');
  return t('progress.attention.daysLeft', { count: days });
}

function conflictText(t: TFunction, days: number, date: string, besideDate: boolean): string {
  if (besideDate) {
    if (days < 0) return t('progress.attention.conflict.ongoing');
    if (days === 0) return t('progress.attention.conflict.startsToday');
    return t('progress.attention.conflict.startsIn', { count: days });
  }
  if (days < 0) return t('progress.attention.conflict.since', { date });
  if (days === 0) return t('progress.attention.conflict.fromToday');
  return t('progress.attention.conflict.from', { date });
}

/** What the item is about: the month and host of a report; nothing more for the others. */
export function aboutText(t: TFunction, item: AttentionItem, lang: Language): string {
  if (item.kind === 'monthly_report' && item.placementMonth !== null) {
    return t('progress.attention.reportAbout', { n: item.placementMonth, host: hostName(item, lang) });
  }
  if (item.kind === 'placement_conflict') {
    return t('progress.attention.conflictAbout', { host: hostName(item, lang) });
  }
  if (item.kind === 'passport_expiry' || item.kind === 'residence_card_expiry') {
    return t(`progress.attention.expiryAbout.${item.kind}`);
  }
  return '';
}

/** The link's words: what opening the item lets the person do. */
export const actionText = (t: TFunction, item: AttentionItem) => t(`progress.attention.action.${item.kind}`);
