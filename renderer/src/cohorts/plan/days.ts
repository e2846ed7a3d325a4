// A date as the plan shows it: the office's date style and the day of the week, which is what a
// person checks a timetable by ("2026-04-30 (Thu)", "2026-04-30（木）").
import { holidayName, holidayOn } from '../../../../shared/calendar/holidays';
import { weekdayOf } from '../../../../shared/dates/calendar';
import { WEEKDAYS_EN, WEEKDAYS_JA } from '../../../../shared/dates/names';
import { useLang } from '../../i18n/format';
import { useShowDate } from '../../ui/forms/useDateSettings';

export function weekdayName(day: number, lang: 'en' | 'ja', long = false): string {
  if (lang === 'ja') return long ? `${WEEKDAYS_JA[day]}曜日` : (WEEKDAYS_JA[day] ?? '');
  const name = WEEKDAYS_EN[day] ?? '';
  return long ? name : name.slice(0, 3);
}

/** The date with its weekday, in the person's language. */
export function useDayLabel(): (iso: string) => string {
  const show = useShowDate();
  const lang = useLang();
  return (iso) => {
    const day = weekdayName(weekdayOf(iso), lang);
    return lang === 'ja' ? `${show(iso)}（${day}）` : `${show(iso)} (${day})`;
  };
}

/** The public holiday's name on `iso` in the person's language, or null. */
export function useHolidayName(): (iso: string) => string | null {
  const lang = useLang();
  return (iso) => {
    const h = holidayOn(iso);
    return h ? holidayName(h, lang) : null;
  };
}
