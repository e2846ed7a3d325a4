// How a due item reads: its kind, what it is about, how far its date is from today, what to do.
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import type { AttentionItem } from '../../../../shared/progress/schema';
import type { Language } from '../../../../shared/settings/schema';
import { hostName } from '../text';

/** Whole days from `today` to `date` (negative: in the past). */
export const daysBetween = (today: string, date: string) => dayjs(date).diff(dayjs(today), 'day');

/** "3 days overdue", "due today", "in 5 days". */
export function distanceText(t: TFunction, today: string, date: string): string {
  const days = daysBetween(today, date);
  if (days < 0) return t('progress.attention.daysLate', { count: -days });
  if (days === 0) return t('progress.attention.dueToday');
  return t('progress.attention.daysLeft', { count: days });
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
