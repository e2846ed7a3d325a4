// How this office reads and shows dates (Settings): day-first or month-first for 05/04/2027, and
// Western, era or both when a date is shown.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/dates';
import type { DateDisplay, Language } from '../../../../shared/settings/schema';
import { api } from '../../api/client';

export function useDateSettings() {
  const settings = useQuery({ queryKey: ['settings'], queryFn: () => api().call('settings.get', {}) }).data;
  return {
    order: settings?.dateOrder ?? 'dmy',
    display: settings?.dateDisplay ?? 'western',
  } as const;
}

/**
 * How a date is shown on screen, by the "Show dates as" setting: Western (the unambiguous ISO form
 * the app has always shown), Japanese era (R9.4.5 / 令和9年4月5日), or both.
 */
export function showDate(iso: string, display: DateDisplay, lang: Language): string {
  if (display === 'western' || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const era = formatDate(iso, { lang, style: 'era' });
  return display === 'era' ? era : `${iso} (${era})`;
}

/** showDate with this office's setting and the screen's language. */
export function useShowDate(): (iso: string) => string {
  const { display } = useDateSettings();
  const { i18n } = useTranslation();
  const lang = i18n.language === 'ja' ? 'ja' : 'en';
  return (iso) => showDate(iso, display, lang);
}
