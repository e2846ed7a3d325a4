// Add or edit a field of expertise: English and Japanese names, its group (matching calls fields of
// related groups related), other correct spellings, and whether it is offered for new records.
// On the form kit: saved through useSave, guarded by FormModal, typed work kept as a draft.
import { Select, SimpleGrid, Switch, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Problems, schemaProblems, withoutChanged } from '../../../../shared/forms/problems';
import { ExpertiseFieldInput } from '../../../../shared/specialist-dispatch/schema';
import { FIELD_GROUPS, type FieldGroup } from '../../../../shared/specialist-dispatch/vocabulary';
import { api } from '../../api/client';
import { issueText } from '../../i18n/messages';
import { notifySaved } from '../../i18n/notify';
import { FormActions } from '../../ui/forms/FormActions';
import { FormProblems } from '../../ui/forms/FormProblems';
import { SaveForm } from '../../ui/forms/SaveForm';
import { FormDraftOffer } from '../../ui/guard/DraftOffer';
import { FormModal } from '../../ui/guard/FormModal';
import { useUnsavedGuard } from '../../ui/guard/useUnsavedGuard';
import { useSave } from '../../ui/save/useSave';
import { dispatchErrorText } from '../issues';
import { dispatchKeys } from '../queries';

export type ExpertiseDraft = {
  nameEn: string;
  nameJa: string;
  group: FieldGroup;
  aliases: string[];
  active: boolean;
};

export interface ExpertiseEditing {
  /** The field being edited; null for a new one. */
  id: number | null;
  draft: ExpertiseDraft;
}

interface Props {
  title: string;
  editing: ExpertiseEditing | null;
  onClose: () => void;
}

const LISTS = ['aliases'];
const KEYS = ['nameEn', 'nameJa', 'group', 'aliases', 'active'];

export function ExpertiseModal({ editing, ...props }: Props) {
  // Mounted only while open: each opening starts from the field as it is.
  return editing ? <ExpertiseForm key={editing.id ?? 'new'} editing={editing} {...props} /> : null;
}

function ExpertiseForm({ title, editing, onClose }: Props & { editing: ExpertiseEditing }) {
  const { t } = useTranslation();
  const [checked, setChecked] = useState<Problems>({});
  const form = useForm<ExpertiseDraft>({
    mode: 'controlled',
    initialValues: editing.draft,
    onValuesChange: (values, previous) => {
      saver.setProblems((p) => withoutChanged(p, values, previous));
      setChecked((p) => withoutChanged(p, values, previous));
    },
  });
  const v = form.values;

  const submit = () => {
    const found = schemaProblems(ExpertiseFieldInput, { ...form.values }, LISTS);
    setChecked(found);
    if (Object.keys(found).length === 0) void saver.save(ExpertiseFieldInput.parse(form.values) as ExpertiseDraft);
  };

  const guard = useUnsavedGuard({
    draft: { form: 'expertise', key: editing.id === null ? 'new' : String(editing.id) },
    values: form.values,
    dirty: form.isDirty(),
    onSave: submit,
  });

  const saver = useSave({
    send: (data: ExpertiseDraft) =>
      editing.id === null
        ? api().call('specialistDispatch.expertise.create', data)
        : api().call('specialistDispatch.expertise.update', { id: editing.id, data }),
    invalidates: () => [dispatchKeys.all, ['audit']],
    lists: LISTS,
    onSaved: (_saved, data) => {
      notifySaved(t('dispatch.expertise.saved', { name: data.nameEn }));
      onClose();
    },
    guard,
  });

  const problems: Problems = { ...saver.problems, ...checked };
  const label = (key: string) =>
    key === 'nameEn' || key === 'nameJa' ? t(`settings.${key}`) : t(`dispatch.expertise.${key}`);
  const error = (key: string) => {
    const p = problems[key];
    return p ? issueText(t, { path: key, ...p }, label(key)) : undefined;
  };
  const failure = saver.error && !KEYS.some((k) => problems[k]) ? dispatchErrorText(t, saver.error) : null;

  return (
    <FormModal opened onClose={onClose} unsaved={guard.unsaved} onDiscard={guard.forget} title={title} size="lg">
      {(requestClose) => (
        <SaveForm onSubmit={submit} gap="sm">
          <FormDraftOffer form={form} guard={guard} />
          <FormProblems error={failure} items={[]} />
          <SimpleGrid cols={2}>
            <TextInput
              label={label('nameEn')}
              {...form.getInputProps('nameEn')}
              error={error('nameEn')}
              withAsterisk
              maxLength={120}
              data-autofocus
            />
            <TextInput
              label={label('nameJa')}
              {...form.getInputProps('nameJa')}
              error={error('nameJa')}
              withAsterisk
              maxLength={120}
              lang="ja"
            />
          </SimpleGrid>
          <Select
            label={label('group')}
            description={t('dispatch.expertise.groupHint')}
            data={FIELD_GROUPS.map((g) => ({ value: g, label: t(`dispatch.expertise.groups.${g}`) }))}
            value={v.group}
            onChange={(g) => g && form.setFieldValue('group', g as FieldGroup)}
            // A few fixed choices: Enter opens or chooses, never saves the dialog.
            onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
            allowDeselect={false}
            error={error('group')}
          />
          <TagsInput
            label={label('aliases')}
            description={t('dispatch.expertise.aliasesHint')}
            {...form.getInputProps('aliases')}
            error={error('aliases')}
            maxTags={20}
            clearable
          />
          <Switch label={t('settings.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
          <FormActions
            saver={{ saving: saver.saving }}
            onCancel={requestClose}
            submit={t('common.save')}
            submitProps={{ 'data-testid': 'expertise-save' }}
            mt="sm"
          />
        </SaveForm>
      )}
    </FormModal>
  );
}
