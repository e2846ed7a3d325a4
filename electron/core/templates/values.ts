// A trainee's values under the placeholder names (shared/templates/placeholders.ts). Words come in
// English and Japanese from the exports' labels, dates in three forms from the shared date module.
import { formatDate } from '../../../shared/dates';
import { GENDER, STATUS, say } from '../../../shared/exports/labels';
import { japaneseEraFiscalYear, todayIso } from '../../../shared/fiscal-year';
import type { Trainee } from '../../../shared/trainees/schema';
import type { Context } from '../context';
import { countryNames, fieldNames } from '../exports/names';
import { readSetting } from '../settings/service';

/** `x` (5 Apr 2027), `x_ja` (2027年4月5日), `x_era` (令和9年4月5日); all empty for no date. */
export function dateValues(name: string, iso: string | null): Record<string, string> {
  if (!iso) return { [name]: '', [`${name}_ja`]: '', [`${name}_era`]: '' };
  return {
    [name]: formatDate(iso, { lang: 'en', style: 'western' }),
    [`${name}_ja`]: formatDate(iso, { lang: 'ja', style: 'western' }),
    [`${name}_era`]: formatDate(iso, { lang: 'ja', style: 'era' }),
  };
}

/** Reads the names and the staff name once, then gives each trainee's values. */
export function traineeValues(ctx: Context): (t: Trainee) => Record<string, string> {
  const countries = countryNames(ctx);
  const fields = fieldNames(ctx);
  const staffName = readSetting(ctx, 'staffName') ?? '';
  const today = todayIso(ctx.now());
  return (t) => ({
    ref: t.ref,
    full_name: t.fullName,
    family_name: t.familyName ?? '',
    given_name: t.givenName ?? '',
    native_name: t.nativeName ?? '',
    katakana_name: t.katakanaName ?? '',
    preferred_name: t.preferredName ?? '',
    gender_en: say(GENDER[t.gender], 'en'),
    gender_ja: say(GENDER[t.gender], 'ja'),
    country_en: countries.name(t.country, 'en'),
    country_ja: countries.name(t.country, 'ja'),
    home_government: t.homeGovernment,
    department: t.department ?? '',
    position: t.position ?? '',
    field_en: fields.name(t.fieldId, 'en'),
    field_ja: fields.name(t.fieldId, 'ja'),
    japanese_level: t.japaneseLevel === 'none' ? '' : t.japaneseLevel,
    email: t.email ?? '',
    phone: t.phone ?? '',
    fiscal_year: `FY${t.fiscalYear}`,
    fiscal_year_ja: japaneseEraFiscalYear(t.fiscalYear),
    status_en: say(STATUS[t.status], 'en'),
    status_ja: say(STATUS[t.status], 'ja'),
    staff_name: staffName,
    ...dateValues('date_of_birth', t.dateOfBirth),
    ...dateValues('arrival_date', t.arrivalDate),
    ...dateValues('departure_date', t.departureDate),
    ...dateValues('passport_expiry', t.passportExpiry),
    ...dateValues('today', today),
  });
}
