// The trainee form's fields, grouped as staff think of a record: identity, home organisation,
// programme, contact, documents, notes.
import { NumberInput, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fiscalYearRange, formatFiscalYear, japaneseEraFiscalYear } from '../../../../shared/fiscal-year';
import { GENDERS, JAPANESE_LEVELS, TRAINEE_STATUSES } from '../../../../shared/trainees/schema';
import { countryOptions, fieldOptions, useCountries, useFields } from '../../api/reference';
import { useLang } from '../../i18n/format';
import { DateField } from '../../ui/forms/DateField';
import { type FieldInputProps, FormSection } from '../../ui/forms/FormSection';
import { SearchableSelect as Select } from '../../ui/forms/SearchableSelect';
import { widthNote, ZawgyiOffer } from '../../ui/forms/TextOffers';
import type { FieldName, FormValues } from './formValues';

export type FieldProps = (name: FieldName) => FieldInputProps;

/** The names, in the order of the form; any may be Myanmar text typed in Zawgyi. */
const NAME_FIELDS = ['fullName', 'preferredName', 'familyName', 'givenName', 'nativeName'] as const;

/** What the Zawgyi offer under a field needs from the field: its label, text and change. */
const offerProps = (f: FieldInputProps) => ({
  label: f.label,
  value: String(f.value ?? ''),
  onAccept: (converted: string) => f.onChange(converted),
});

interface Props {
  values: FormValues;
  field: FieldProps;
  /** On edit the status only moves through "Change status", which dates and records each step. */
  statusLocked?: boolean;
}

export function FormSections({ values, field, statusLocked = false }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const countries = useCountries().data ?? [];
  const fields = useFields().data ?? [];
  const fy = Number(values.fiscalYear);
  const range = Number.isInteger(fy) && fy >= 1990 && fy <= 2100 ? fiscalYearRange(fy) : null;

  return (
    <>
      <FormSection legend={t('form.section.identity')}>
        <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
          {NAME_FIELDS.map((name) => (
            <ZawgyiOffer key={name} {...offerProps(field(name))}>
              <TextInput {...field(name)} withAsterisk={name === 'fullName'} description={t(`form.hint.${name}`)} />
            </ZawgyiOffer>
          ))}
          <TextInput {...field('katakanaName')} description={t('form.hint.katakanaName')} lang="ja" />
          <Select
            {...field('gender')}
            withAsterisk
            data={GENDERS.map((g) => ({ value: g, label: t(`trainee.gender.${g}`) }))}
          />
          <DateField {...field('dateOfBirth')} withAsterisk />
        </SimpleGrid>
      </FormSection>

      <FormSection legend={t('form.section.home')}>
        <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
          <Select
            {...field('country')}
            withAsterisk
            searchable
            data={countryOptions(countries, lang, values.country)}
          />
          <TextInput {...field('homeGovernment')} withAsterisk description={t('form.hint.homeGovernment')} />
          <TextInput {...field('department')} />
          <TextInput {...field('position')} />
        </SimpleGrid>
      </FormSection>

      <FormSection legend={t('form.section.programme')}>
        <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
          <NumberInput
            {...field('fiscalYear')}
            withAsterisk
            min={1990}
            max={2100}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator={false}
            description={
              range
                ? t('form.hint.fiscalYear', {
                    fy,
                    ja: formatFiscalYear(fy, 'ja'),
                    era: japaneseEraFiscalYear(fy),
                    start: range.start,
                    end: range.end,
                  })
                : t('form.hint.fiscalYearDefault')
            }
          />
          <Select
            {...field('fieldId')}
            withAsterisk
            searchable
            data={fieldOptions(fields, lang, values.fieldId ? Number(values.fieldId) : null)}
          />
          <DateField {...field('arrivalDate')} description={t('form.hint.arrivalDate')} />
          <DateField {...field('departureDate')} />
          <Select
            {...field('status')}
            withAsterisk={!statusLocked}
            readOnly={statusLocked}
            rightSection={statusLocked ? <IconLock size={16} aria-hidden /> : undefined}
            description={statusLocked ? t('form.hint.statusLocked') : undefined}
            data={TRAINEE_STATUSES.map((s) => ({ value: s, label: t(`trainee.status.${s}`) }))}
          />
          <Select
            {...field('japaneseLevel')}
            withAsterisk
            data={JAPANESE_LEVELS.map((l) => ({ value: l, label: t(`trainee.japaneseLevel.${l}`) }))}
          />
        </SimpleGrid>
      </FormSection>

      <FormSection legend={t('form.section.contact')}>
        <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
          <TextInput
            {...field('email')}
            type="email"
            description={widthNote(t, values.email) ?? t('form.hint.email')}
          />
          <TextInput {...field('phone')} type="tel" description={widthNote(t, values.phone) ?? t('form.hint.phone')} />
          <ZawgyiOffer {...offerProps(field('emergencyContactName'))}>
            <TextInput {...field('emergencyContactName')} />
          </ZawgyiOffer>
          <TextInput {...field('emergencyContactRelation')} />
          <TextInput
            {...field('emergencyContactPhone')}
            type="tel"
            description={widthNote(t, values.emergencyContactPhone)}
          />
        </SimpleGrid>
      </FormSection>

      <FormSection legend={t('form.section.documents')}>
        <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
          <TextInput
            {...field('passportNumber')}
            description={widthNote(t, values.passportNumber) ?? t('form.hint.passportNumber')}
            autoComplete="off"
          />
          <DateField {...field('passportExpiry')} />
          <TextInput
            {...field('residenceCardNumber')}
            description={widthNote(t, values.residenceCardNumber)}
            autoComplete="off"
          />
          <DateField {...field('residenceCardExpiry')} />
        </SimpleGrid>
      </FormSection>

      <FormSection legend={t('form.section.notes')}>
        <Textarea {...field('notes')} autosize minRows={3} maxRows={12} />
      </FormSection>
    </>
  );
}
