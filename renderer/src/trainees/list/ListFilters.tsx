// The filters above the trainee list (fiscal year, country, field, status). Memoised: typing in the
// search box or a new page of rows does not re-render these four selects.
import { Select } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { TRAINEE_STATUSES, type TraineeStatus } from '../../../../shared/trainees/schema';
import { countryOptions, fieldOptions, useCountries, useFields } from '../../api/reference';
import { useFacets } from '../../api/trainees';
import { fyLabel, useLang } from '../../i18n/format';
import { SearchableSelect } from '../../ui/forms/SearchableSelect';
import type { ListState } from './listParams';

interface Props {
  fy: number | null;
  country: string | null;
  field: number | null;
  status: TraineeStatus | null;
  onChange: (patch: Partial<ListState>) => void;
}

const num = (v: string | null) => (v ? Number(v) : null);

export const ListFilters = memo(function ListFilters({ fy, country, field, status, onChange }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const facets = useFacets().data;
  const countries = useCountries().data ?? [];
  const fields = useFields().data ?? [];

  const years = [...(facets?.fiscalYears ?? [])];
  if (fy !== null && !years.includes(fy)) years.push(fy);

  return (
    <>
      <Select
        label={t('trainee.field.fiscalYearShort')}
        placeholder={t('list.all')}
        data={years.map((y) => ({ value: String(y), label: fyLabel(y, lang, true) }))}
        value={fy === null ? null : String(fy)}
        onChange={(v) => onChange({ fy: num(v) })}
        clearable
        w={120}
      />
      <SearchableSelect
        label={t('trainee.field.country')}
        placeholder={t('list.all')}
        data={countryOptions(countries, lang, 'all')}
        value={country}
        onChange={(v) => onChange({ country: v })}
        clearable
        w={150}
      />
      <SearchableSelect
        label={t('trainee.field.fieldId')}
        placeholder={t('list.all')}
        data={fieldOptions(fields, lang, 'all')}
        value={field === null ? null : String(field)}
        onChange={(v) => onChange({ field: num(v) })}
        clearable
        w={180}
      />
      <Select
        label={t('trainee.field.status')}
        placeholder={t('list.all')}
        data={TRAINEE_STATUSES.map((s) => ({ value: s, label: t(`trainee.status.${s}`) }))}
        value={status}
        onChange={(v) => onChange({ status: v as TraineeStatus | null })}
        clearable
        w={170}
      />
    </>
  );
});
