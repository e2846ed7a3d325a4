// One form for registering and editing a trainee. Problems are checked with the core's own schema as
// the person works (after the first attempt to save), and the core's answers land on the same fields.
import { Button, Group, Paper, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { fiscalYearOf } from '../../../../shared/fiscal-year';
import type { Trainee } from '../../../../shared/trainees/schema';
import { WarningsDialog } from '../../app/WarningsDialog';
import { issueText } from '../../i18n/messages';
import { FormProblems } from './FormProblems';
import { type FieldProps, FormSections } from './FormSections';
import {
  defaultFiscalYear,
  emptyValues,
  FIELD_ORDER,
  type FieldName,
  type FieldProblem,
  type FormValues,
  validateValues,
  valuesOf,
} from './formValues';
import { useSaveTrainee } from './useSaveTrainee';

type Problems = Partial<Record<FieldName, FieldProblem>>;

const CHOICES = new Set<FieldName>(['gender', 'country', 'fieldId', 'status', 'japaneseLevel']);

interface Props {
  existing: Trainee | null;
  onSaved: (trainee: Trainee) => void;
  onCancel: () => void;
  onReload: () => void;
}

export function TraineeForm({ existing, onSaved, onCancel, onReload }: Props) {
  const { t } = useTranslation();
  const [clientProblems, setClientProblems] = useState<Problems>({});
  const [serverProblems, setServerProblems] = useState<Problems>({});
  const [attempted, setAttempted] = useState(false);
  const attemptedRef = useRef(false);
  // A new record's fiscal year follows the arrival date until the person sets the year themselves.
  const fyTouched = useRef(
    existing !== null && existing.arrivalDate !== null && fiscalYearOf(existing.arrivalDate) !== existing.fiscalYear,
  );
  const summaryRef = useRef<HTMLDivElement>(null);
  // ?focus=passportExpiry (e.g. from Needs attention): the field to fix is shown and focused.
  const focusField = useSearchParams()[0].get('focus');
  useEffect(() => {
    if (!focusField || !(FIELD_ORDER as readonly string[]).includes(focusField)) return;
    const input = document.getElementById(`field-${focusField}`);
    input?.scrollIntoView({ block: 'center' });
    input?.focus({ preventScroll: true });
  }, [focusField]);

  const form = useForm<FormValues>({
    mode: 'controlled',
    initialValues: existing ? valuesOf(existing) : emptyValues(),
    onValuesChange: (values, previous) => {
      if (values.arrivalDate !== previous.arrivalDate && !fyTouched.current && values.arrivalDate) {
        form.setFieldValue('fiscalYear', defaultFiscalYear(values.arrivalDate));
      }
      // A changed field's answer from the core no longer applies.
      setServerProblems((p) => {
        const changed = (Object.keys(p) as FieldName[]).filter((k) => values[k] !== previous[k]);
        if (changed.length === 0) return p;
        const next = { ...p };
        for (const k of changed) delete next[k];
        return next;
      });
      if (attemptedRef.current) setClientProblems(validateValues(values));
    },
  });

  const saver = useSaveTrainee({ existing, onSaved, onServerProblems: setServerProblems });
  const problems: Problems = { ...serverProblems, ...clientProblems };
  const label = (name: FieldName) => t(`trainee.field.${name}`);
  const message = (name: FieldName) => {
    const p = problems[name];
    if (!p) return undefined;
    // A missing choice is asked for as a choice ("please choose"), not as typing.
    const code = p.code === 'required' && CHOICES.has(name) ? 'required_choice' : p.code;
    return issueText(t, { path: name, code, params: p.params }, label(name));
  };

  const field: FieldProps = (name) => {
    const props = form.getInputProps(name);
    return {
      id: `field-${name}`,
      name,
      label: label(name),
      value: props.value as never,
      onChange: (value: unknown) => {
        if (name === 'fiscalYear') fyTouched.current = true;
        props.onChange(value);
      },
      error: message(name),
      // Hints below the input keep the inputs of a row aligned whether or not they have a hint.
      inputWrapperOrder: ['label', 'input', 'description', 'error'],
    };
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    attemptedRef.current = true;
    const found = validateValues(form.values);
    setClientProblems(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    void saver.save(form.values);
  };

  const summary =
    attempted || Object.keys(serverProblems).length > 0
      ? FIELD_ORDER.filter((n) => problems[n]).map((n) => ({ id: `field-${n}`, text: message(n) ?? '' }))
      : [];

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={existing ? t('form.editTitle', { name: existing.fullName }) : t('form.newTitle')}
    >
      <Stack gap="md" maw={1000}>
        <FormProblems
          stale={saver.stale ? { title: t('form.staleTitle'), text: t('error.stale') } : null}
          onReload={onReload}
          items={summary}
          summaryRef={summaryRef}
        />
        <FormSections values={form.values} field={field} statusLocked={existing !== null} />
        <Paper withBorder p="sm" pos="sticky" bottom={0} style={{ zIndex: 5 }} shadow="sm">
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saver.saving}>
              {existing ? t('form.saveChanges') : t('form.register')}
            </Button>
          </Group>
        </Paper>
      </Stack>
      <WarningsDialog
        warnings={saver.warnings}
        saving={saver.saving}
        onCancel={saver.dismissWarnings}
        onConfirm={() => void saver.save(form.values, true)}
      />
    </form>
  );
}
