// Add or edit a country's counterpart agency: its name, a contact person, email, phone, address, notes.
// On the form kit: saved through useSave, guarded by FormModal, typed work kept as a draft.
import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { type Problems, schemaProblems, withoutChanged } from '../../../../shared/forms/problems';
import type { Country } from '../../../../shared/reference/schema';
import { type Counterpart, CounterpartInput } from '../../../../shared/specialist-dispatch/schema';
import { api } from '../../api/client';
import { nameOf } from '../../api/reference';
import { useLang } from '../../i18n/format';
import { errorText, issueText } from '../../i18n/messages';
import { notifySaved } from '../../i18n/notify';
import { FormActions } from '../../ui/forms/FormActions';
import { FormProblems } from '../../ui/forms/FormProblems';
import { SaveForm } from '../../ui/forms/SaveForm';
import { keepMine, StaleChanges, staleRows } from '../../ui/forms/StaleChanges';
import { FormDraftOffer } from '../../ui/guard/DraftOffer';
import { FormModal } from '../../ui/guard/FormModal';
import { useUnsavedGuard } from '../../ui/guard/useUnsavedGuard';
import { useSave } from '../../ui/save/useSave';
import { dispatchKeys, useCounterparts } from '../queries';

const PARTS = ['name', 'contactName', 'email', 'phone', 'address', 'notes'] as const;
type Part = (typeof PARTS)[number];

interface Props {
  editing: { country: Country; counterpart: Counterpart | null } | null;
  onClose: () => void;
}

type Values = Record<Part, string>;

const valuesOf = (c: Counterpart | null): Values => Object.fromEntries(PARTS.map((p) => [p, c?.[p] ?? ''])) as Values;

export function CounterpartModal({ editing, onClose }: Props) {
  // Mounted only while open: each opening starts from the counterpart as it is.
  return editing ? <CounterpartForm key={editing.country.code} {...editing} onClose={onClose} /> : null;
}

function CounterpartForm({
  country,
  counterpart: opened,
  onClose,
}: NonNullable<Props['editing']> & { onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const list = useCounterparts();
  // The counterpart as last loaded (reloaded after someone else saved it).
  const counterpart = list.data?.find((c) => c.countryCode === country.code) ?? opened;
  const [version, setVersion] = useState(counterpart?.version ?? 0);
  const [checked, setChecked] = useState<Problems>({});
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: valuesOf(opened),
    onValuesChange: (values, previous) => {
      saver.setProblems((p) => withoutChanged(p, values, previous));
      setChecked((p) => withoutChanged(p, values, previous));
    },
  });
  const input = (v: Values) => ({ countryCode: country.code, ...v });

  const submit = () => {
    const found = schemaProblems(CounterpartInput, input(form.values));
    setChecked(found);
    if (Object.keys(found).length === 0) void saver.save(CounterpartInput.parse(input(form.values)));
  };

  const guard = useUnsavedGuard({
    draft: { form: 'counterpart', key: country.code },
    values: form.values,
    dirty: form.isDirty(),
    baseVersion: opened ? version : null,
    onSave: submit,
  });

  const saver = useSave({
    send: (data: z.infer<typeof CounterpartInput>) =>
      opened
        ? api().call('specialistDispatch.counterparts.update', { id: opened.id, version, data })
        : api().call('specialistDispatch.counterparts.create', { data }),
    invalidates: () => [dispatchKeys.all, ['audit']],
    onSaved: (saved) => {
      notifySaved(t('dispatch.counterparts.saved', { name: saved.name }));
      onClose();
    },
    reload: () => list.refetch(),
    guard,
  });

  const problems: Problems = { ...saver.problems, ...checked };
  const label = (p: string) => t(`dispatch.counterparts.field.${p}`);
  const text = (p: Part) => {
    const found = problems[p];
    return {
      label: label(p),
      ...form.getInputProps(p),
      error: found ? issueText(t, { path: p, ...found }, label(p)) : undefined,
    };
  };
  const failure = saver.error && !PARTS.some((p) => problems[p]) ? errorText(t, saver.error) : null;
  const edits = { mine: form.values, base: form.getInitialValues(), saved: valuesOf(counterpart) };
  const choose = (values: Values) => {
    form.setValues(values);
    form.setInitialValues(edits.saved);
    setVersion(counterpart?.version ?? 0);
    saver.resolveStale();
  };
  const stale = saver.stale ? (
    <StaleChanges
      rows={staleRows(edits, label)}
      onKeepMine={() => choose(keepMine(edits))}
      onTakeSaved={() => choose(edits.saved)}
    />
  ) : null;
  const title = t(opened ? 'dispatch.counterparts.editTitle' : 'dispatch.counterparts.addTitle', {
    country: nameOf(country, lang),
  });

  return (
    <FormModal opened onClose={onClose} unsaved={guard.unsaved} onDiscard={guard.forget} title={title} size="lg">
      {(requestClose) => (
        <SaveForm onSubmit={submit} gap="sm">
          <FormDraftOffer form={form} guard={guard} currentVersion={counterpart?.version ?? null} />
          <FormProblems stale={stale} error={failure} items={[]} />
          <TextInput {...text('name')} withAsterisk maxLength={300} data-autofocus />
          <SimpleGrid cols={3}>
            <TextInput {...text('contactName')} maxLength={200} />
            <TextInput {...text('email')} type="email" maxLength={254} />
            <TextInput {...text('phone')} type="tel" maxLength={60} />
          </SimpleGrid>
          <Textarea {...text('address')} autosize minRows={2} maxLength={500} />
          <Textarea {...text('notes')} autosize minRows={2} maxRows={8} />
          <FormActions
            saver={saver}
            onCancel={requestClose}
            submit={t('common.save')}
            submitProps={{ 'data-testid': 'counterpart-save' }}
            mt="sm"
          />
        </SaveForm>
      )}
    </FormModal>
  );
}
