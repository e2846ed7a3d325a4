import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { fiscalYearOf } from '../../../../shared/fiscal-year';
import { type Problems, withoutChanged } from '../../../../shared/forms/problems';
import type { Trainee, TraineeInput } from '../../../../shared/trainees/schema';
import { api } from '../../api/client';
import { traineeKeys } from '../../api/trainees';
import { COHORT_LIST_KEY } from '../../api/working-year';
import { errorOf, errorText, issueText } from '../../i18n/messages';
import { FormActions } from '../../ui/forms/FormActions';
import { FormProblems } from '../../ui/forms/FormProblems';
import { HINT_BELOW } from '../../ui/forms/FormSection';
import { SaveForm } from '../../ui/forms/SaveForm';
import { keepMine, StaleChanges, staleRows } from '../../ui/forms/StaleChanges';
import { useFormCheck } from '../../ui/forms/useFormCheck';
import { FormDraftOffer } from '../../ui/guard/DraftOffer';
import { useUnsavedGuard } from '../../ui/guard/useUnsavedGuard';
import { useSave } from '../../ui/save/useSave';
import { type FieldProps, FormSections } from './FormSections';
import {
  defaultFiscalYear,
  emptyValues,
  FIELD_ORDER,
  type FieldName,
  type FormValues,
  inputOf,
  plausibilityProblems,
  validateValues,
  valuesOf,
} from './formValues';

const CHOICES = new Set<string>(['gender', 'country', 'fieldId', 'status', 'japaneseLevel']);

interface Props {
  /** The record as saved now (refetched after someone else saved it). */
  existing: Trainee | null;
  onSaved: (trainee: Trainee) => void;
  onCancel: () => void;
  /** A new record's fiscal year: the one being worked on. */
  fiscalYear: number;
  /** Fetches the record as it is now. */
  onReload: () => Promise<unknown>;
}

export function TraineeForm({ existing, fiscalYear, onSaved, onCancel, onReload }: Props) {
  const { t } = useTranslation();
  const check = useFormCheck(validateValues);
  // The version the person's edits apply to: moves on only when they choose to keep their edits.
  const [version, setVersion] = useState(existing?.version ?? 0);
  // A new record's fiscal year follows the arrival date until the person sets the year themselves.
  const fyTouched = useRef(
    existing !== null && existing.arrivalDate !== null && fiscalYearOf(existing.arrivalDate) !== existing.fiscalYear,
  );
  useFocusFromQuery();

  const form = useForm<FormValues>({
    mode: 'controlled',
    initialValues: existing ? valuesOf(existing) : emptyValues(fiscalYear),
    onValuesChange: (values, previous) => {
      if (values.arrivalDate !== previous.arrivalDate && !fyTouched.current && values.arrivalDate) {
        form.setFieldValue('fiscalYear', defaultFiscalYear(values.arrivalDate));
      }
      saver.setProblems((p) => withoutChanged(p, values, previous));
      // Before the first save, only the plausibility of dates entered (a birth in the future) is said
      // as they are entered; after it, every problem.
      check.recheck(values, plausibilityProblems);
    },
  });

  const submit = () => check.attempt(form.values, () => void saver.save(inputOf(form.values) as TraineeInput));

  const guard = useUnsavedGuard({
    draft: { form: 'trainee', key: existing ? String(existing.id) : 'new' },
    values: form.values,
    dirty: form.isDirty(),
    baseVersion: existing ? version : null,
    onSave: submit,
  });

  const saver = useSave({
    summary: check.summaryRef,
    send: (data: TraineeInput, { confirm }) =>
      existing
        ? api().call('trainees.update', { id: existing.id, version, data, confirm })
        : api().call('trainees.create', { data, confirm }),
    invalidates: () => [traineeKeys.all, ['audit'], ['demo'], COHORT_LIST_KEY],
    onSaved: (result) => onSaved(result.trainee),
    reload: onReload,
    guard,
  });

  const problems: Problems = { ...saver.problems, ...check.problems };
  const label = (name: string) => t(`trainee.field.${name}`, { defaultValue: name });
  const message = (name: string) => {
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
      inputWrapperOrder: HINT_BELOW,
    };
  };

  // Problems on fields the form does not show (none expected) still reach the person.
  const order = [...FIELD_ORDER, ...Object.keys(problems).filter((k) => !FIELD_ORDER.includes(k as FieldName))];
  const summary =
    check.attempted || Object.keys(saver.problems).length > 0
      ? order.filter((n) => problems[n]).map((n) => ({ id: `field-${n}`, text: message(n) ?? '' }))
      : [];
  // A failure about no field is said at the top; one about fields is said on them (and in the summary).
  const failure = saver.error && !errorOf(saver.error).issues?.length ? errorText(t, saver.error) : null;

  const edits = existing && { mine: form.values, base: form.getInitialValues(), saved: valuesOf(existing) };
  const stale =
    saver.stale && existing && edits ? (
      <StaleChanges
        rows={staleRows(edits, label)}
        onKeepMine={() => {
          const merged = keepMine(edits);
          form.setValues(merged);
          form.setInitialValues(edits.saved);
          setVersion(existing.version);
          saver.resolveStale();
        }}
        onTakeSaved={() => {
          const saved = valuesOf(existing);
          form.setValues(saved);
          form.setInitialValues(saved);
          form.resetDirty(saved);
          setVersion(existing.version);
          saver.resolveStale();
        }}
      />
    ) : null;

  return (
    <SaveForm
      label={existing ? t('form.editTitle', { name: existing.fullName }) : t('form.newTitle')}
      onSubmit={submit}
      warnings={{ saver }}
      maw={1000}
    >
      <FormDraftOffer form={form} guard={guard} currentVersion={existing?.version ?? null} />
      <FormProblems stale={stale} error={failure} items={summary} summaryRef={check.summaryRef} />
      <FormSections values={form.values} field={field} statusLocked={existing !== null} />
      <FormActions
        saver={saver}
        onCancel={onCancel}
        submit={existing ? t('form.saveChanges') : t('form.register')}
        sticky
      />
    </SaveForm>
  );
}

/** ?focus=passportExpiry (e.g. from Needs attention): the field to fix is shown and focused. */
function useFocusFromQuery() {
  const focusField = useSearchParams()[0].get('focus');
  useEffect(() => {
    if (!focusField || !(FIELD_ORDER as readonly string[]).includes(focusField)) return;
    const input = document.getElementById(`field-${focusField}`);
    input?.scrollIntoView({ block: 'center' });
    input?.focus({ preventScroll: true });
  }, [focusField]);
}
