// A date typed as YYYY-MM-DD (or picked from a calendar). Only complete, real dates are accepted
// while typing, so a half-typed year never turns into some other date.
import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../../../shared/fiscal-year';

const parse = (text: string) => {
  const v = text.trim();
  return isIsoDate(v) ? v : null;
};

export function DateField(props: DateInputProps) {
  const { t } = useTranslation();
  return (
    <DateInput
      valueFormat="YYYY-MM-DD"
      dateParser={parse}
      placeholder="YYYY-MM-DD"
      clearButtonProps={{ 'aria-label': t('form.clearDate', { field: String(props.label ?? '') }) }}
      {...props}
    />
  );
}
