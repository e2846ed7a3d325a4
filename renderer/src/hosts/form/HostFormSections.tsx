// The host form's inputs, grouped as staff think of a host: names, kind and place, training,
// contact people, notes. Choices are typed into (Enter or Tab picks the highlighted one, never submits).
import { NumberInput, SimpleGrid, Switch, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MAX_CAPACITY } from '../../../../shared/hosts/schema';
import { useFields } from '../../api/reference';
import { useLang } from '../../i18n/format';
import { type FieldInputProps, FormSection } from '../../ui/forms/FormSection';
import { SearchableMultiSelect, SearchableSelect } from '../../ui/forms/SearchableSelect';
import { prefectureOptions } from '../../ui/prefectures';
import { kindOptions } from '../labels';
import { ContactsEditor } from './ContactsEditor';
import type { HostFormValues } from './formValues';

export type HostFieldProps = (path: string, label?: string) => FieldInputProps;

interface Props {
  values: HostFormValues;
  field: HostFieldProps;
  activeChecked: boolean;
  onActive: (active: boolean) => void;
  onAddContact: () => void;
  onRemoveContact: (index: number) => void;
}

export function HostFormSections({ values, field, activeChecked, onActive, onAddContact, onRemoveContact }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const fields = useFields().data ?? [];
  // Active fields, plus any inactive one the host already offers (so it is not silently dropped).
  const fieldData = fields
    .filter((f) => f.active || values.fieldIds.includes(String(f.id)))
    .map((f) => ({ value: String(f.id), label: lang === 'ja' ? f.nameJa || f.nameEn : f.nameEn }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));

  return (
    <>
      <FormSection legend={t('hosts.form.section.names')}>
        <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
          <TextInput {...field('nameEn')} withAsterisk description={t('hosts.form.hint.nameEn')} lang="en" />
          <TextInput {...field('nameJa')} withAsterisk description={t('hosts.form.hint.nameJa')} lang="ja" />
        </SimpleGrid>
      </FormSection>

      <FormSection legend={t('hosts.form.section.place')}>
        <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
          <SearchableSelect {...field('kind')} withAsterisk data={kindOptions(t)} />
          <SearchableSelect
            {...field('prefecture')}
            withAsterisk
            data={prefectureOptions(lang)}
            maxDropdownHeight={280}
          />
        </SimpleGrid>
        <TextInput {...field('address')} mt="sm" />
      </FormSection>

      <FormSection legend={t('hosts.form.section.training')}>
        <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
          <NumberInput
            {...field('capacity')}
            withAsterisk
            min={0}
            max={MAX_CAPACITY}
            allowDecimal={false}
            allowNegative={false}
            description={t('hosts.form.hint.capacity')}
          />
          <Switch
            id="host-active"
            label={t('hosts.field.active')}
            description={t('hosts.form.hint.active')}
            checked={activeChecked}
            onChange={(e) => onActive(e.currentTarget.checked)}
            mt={26}
          />
        </SimpleGrid>
        <SearchableMultiSelect
          {...field('fieldIds')}
          mt="sm"
          data={fieldData}
          clearable
          hidePickedOptions
          placeholder={values.fieldIds.length === 0 ? t('hosts.form.fieldsPlaceholder') : undefined}
          description={t('hosts.form.hint.fieldIds')}
        />
      </FormSection>

      <FormSection legend={t('hosts.form.section.contacts')}>
        <ContactsEditor contacts={values.contacts} field={field} onAdd={onAddContact} onRemove={onRemoveContact} />
      </FormSection>

      <FormSection legend={t('hosts.form.section.notes')}>
        <Textarea {...field('notes')} autosize minRows={3} maxRows={12} />
      </FormSection>
    </>
  );
}
