// Creating or editing a cohort. Only the fiscal year and the intro's first day are needed: the intro's
// last day and the programme window follow the core's rules, and the form shows them as they are typed.
// On the form kit: problems checked with the core's schema, saves through useSave, typed work guarded
// and kept as a draft, someone else's save shown beside the person's own edits.
import { NumberInput, SimpleGrid, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { resolveCohortDates } from '../../../shared/cohorts/dates';
import { type Cohort, CohortCreate } from '../../../shared/cohorts/schema';
import { fiscalYearRange, formatFiscalYear, isIsoDate } from '../../../shared/fiscal-year';
import { type Problems, schemaProblems, withoutChanged } from '../../../shared/forms/problems';
import { api } from '../api/client';
import { DateField } from '../ui/forms/DateField';
import { FormActions } from '../ui/forms/FormActions';
import { FormProblems } from '../ui/forms/FormProblems';
import { HINT_BELOW } from '../ui/forms/FormSection';
import { SaveForm } from '../ui/forms/SaveForm';
import { useFormCheck } from '../ui/forms/useFormCheck';
import { FormDraftOffer } from '../ui/guard/DraftOffer';
import { FormModal } from '../ui/guard/FormModal';
import { useUnsavedGuard } from '../ui/guard/useUnsavedGuard';
import { useSave } from '../ui/save/useSave';
import { StaleValues, useDialogValues } from './dialogValues';
import { cohortErrorText, problemTexts, summaryItems } from './issues';
import { COHORT_CHANGES, cohortKeys } from './queries';

type DateName = 'introStart' | 'introEnd' | 'programmeStart' | 'programmeEnd';
type Values = Record<DateName, string | null> & { fiscalYear: number | string; notes: string };
const ORDER = ['fiscalYear', 'introStart', 'introEnd', 'programmeStart', 'programmeEnd', 'notes'];

interface Props {
  opened: boolean;
  /** The cohort to edit (as saved now: refetched after someone else saved it); null to create one. */
  existing: Cohort | null;
  defaultFiscalYear: number;
  onClose: () => void;
  onSaved: (cohort: Cohort) => void | Promise<void>;
}

const valuesOf = (c: Cohort | null, fy: number): Values => ({
  fiscalYear: c?.fiscalYear ?? fy,
  introStart: c?.introStart ?? null,
  introEnd: c?.introEnd ?? null,
  programmeStart: c?.programmeStart ?? null,
  programmeEnd: c?.programmeEnd ?? null,
  notes: c?.notes ?? '',
});

const dataOf = (v: Values) => ({
  introStart: v.introStart ?? '',
  introEnd: v.introEnd,
  programmeStart: v.programmeStart,
  programmeEnd: v.programmeEnd,
  notes: v.notes,
});

const inputOf = (v: Values) => ({ fiscalYear: v.fiscalYear === '' ? undefined : Number(v.fiscalYear), ...dataOf(v) });
const OPTIONAL_DATES = ['introEnd', 'programmeStart', 'programmeEnd'];

/**
 * The schema's problems. The kit reads any problem on an empty field as "required"; the optional dates
 * are never required: a problem there is the date checks' own (their order), said with their code,
 * and only once the first day reads as a date (before that the checks compare nothing).
 */
function validate(v: Values): Problems {
  const input = inputOf(v);
  const found = schemaProblems(CohortCreate, input);
  const parsed = CohortCreate.safeParse(input);
  const own = new Map((parsed.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));
  for (const key of OPTIONAL_DATES) {
    if (found[key]?.code !== 'required') continue;
    const code = own.get(key);
    if (isIsoDate(input.introStart) && code && /^[a-z_]+$/.test(code) && code !== 'required') found[key] = { code };
    else delete found[key];
  }
  return found;
}

export function CohortFormModal(props: Props) {
  // Mounted afresh on each opening, so it starts from the cohort as it is now.
  return props.opened ? <CohortDialog {...props} /> : null;
}

function CohortDialog({ existing, defaultFiscalYear, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useDialogValues(() => valuesOf(existing, defaultFiscalYear), existing?.version ?? 0);
  const { values, version } = form;
  const check = useFormCheck(validate);
  const submit = () => check.attempt(values, () => void saver.save(values));

  const guard = useUnsavedGuard({
    draft: { form: 'cohort', key: existing ? String(existing.fiscalYear) : 'new' },
    values,
    dirty: form.isDirty(),
    baseVersion: existing ? version : null,
    onSave: submit,
  });

  const saver = useSave({
    summary: check.summaryRef,
    send: (v: Values, { confirm }) =>
      existing
        ? api().call('cohorts.update', { fiscalYear: existing.fiscalYear, version, data: dataOf(v), confirm })
        : api().call('cohorts.create', { fiscalYear: Number(v.fiscalYear), ...dataOf(v), confirm }),
    invalidates: () => COHORT_CHANGES,
    onSaved: (saved) => onSaved(saved.cohort),
    reload: () => queryClient.refetchQueries({ queryKey: cohortKeys.all }),
    guard,
  });

  const set = <K extends keyof Values>(name: K, value: Values[K]) => {
    const next = { ...values, [name]: value };
    form.setValues(next);
    // A changed value's answer from the core no longer applies; the schema's is checked again.
    saver.setProblems((p) => withoutChanged(p, next, values));
    check.recheck(next);
  };

  const fy = Number(values.fiscalYear);
  const validFy = Number.isInteger(fy) && fy >= 1990 && fy <= 2100;
  const range = validFy ? fiscalYearRange(fy) : null;
  const start = values.introStart && isIsoDate(values.introStart) ? values.introStart : null;
  const iso = (d: string | null) => (d && isIsoDate(d) ? d : null);
  const typed = { introEnd: iso(values.introEnd), programmeStart: iso(values.programmeStart) };
  // What the core will store for the dates left empty, recomputed on every keystroke.
  const resolved = start
    ? resolveCohortDates({ introStart: start, ...typed, programmeEnd: iso(values.programmeEnd) })
    : null;
  const defaults = start ? resolveCohortDates({ introStart: start, programmeStart: typed.programmeStart }) : null;

  const texts = problemTexts(t, { ...saver.problems, ...check.problems });
  const summary = check.attempted || Object.keys(saver.problems).length > 0 ? summaryItems(texts, ORDER, 'cohort') : [];
  const failure = saver.error && Object.keys(saver.problems).length === 0 ? cohortErrorText(t, saver.error) : null;

  const label = (name: string) => t(`cohorts.field.${name}`, { defaultValue: name });
  const stale =
    saver.stale && existing ? (
      <StaleValues
        form={form}
        saved={valuesOf(existing, defaultFiscalYear)}
        version={existing.version}
        label={label}
        onSettled={saver.resolveStale}
      />
    ) : null;

  const dateProps = (name: DateName) => ({
    id: `cohort-${name}`,
    label: label(name),
    value: values[name],
    onChange: (v: string | null) => set(name, v),
    error: texts[name],
    inputWrapperOrder: HINT_BELOW,
  });
  const byDefault = (date: string | undefined, key: string) =>
    date ? t(`cohorts.form.default.${key}`, { date }) : t('cohorts.form.default.pending');
  const title = existing ? t('cohorts.form.editTitle') : t('cohorts.form.newTitle');

  return (
    <FormModal opened onClose={onClose} unsaved={guard.unsaved} onDiscard={guard.forget} size="lg" title={title}>
      {(cancel) => (
        <SaveForm label={title} onSubmit={submit} warnings={{ saver }}>
          <FormDraftOffer form={form} guard={guard} currentVersion={existing?.version ?? null} />
          <FormProblems stale={stale} error={failure} items={summary} summaryRef={check.summaryRef} />
          <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
            <NumberInput
              id="cohort-fiscalYear"
              label={label('fiscalYear')}
              withAsterisk
              disabled={existing !== null}
              min={1990}
              max={2100}
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator={false}
              value={values.fiscalYear}
              onChange={(v) => set('fiscalYear', v)}
              error={texts.fiscalYear}
              description={
                range
                  ? t('cohorts.form.fyHint', { ja: formatFiscalYear(fy, 'ja'), start: range.start, end: range.end })
                  : undefined
              }
              inputWrapperOrder={HINT_BELOW}
            />
            <DateField {...dateProps('introStart')} withAsterisk description={t('cohorts.form.introStartHint')} />
            <DateField {...dateProps('introEnd')} description={byDefault(defaults?.introEnd, 'introEnd')} />
            <div />
            <DateField
              {...dateProps('programmeStart')}
              description={byDefault(defaults?.programmeStart, 'programmeStart')}
            />
            <DateField {...dateProps('programmeEnd')} description={byDefault(defaults?.programmeEnd, 'programmeEnd')} />
          </SimpleGrid>
          <Textarea
            id="cohort-notes"
            label={label('notes')}
            autosize
            minRows={2}
            maxRows={8}
            value={values.notes}
            onChange={(e) => set('notes', e.currentTarget.value)}
            error={texts.notes}
          />
          <Text size="sm" data-testid="cohort-preview" aria-live="polite">
            {resolved ? t('cohorts.form.preview', { ...resolved }) : t('cohorts.form.previewPending')}
          </Text>
          <FormActions
            saver={saver}
            onCancel={cancel}
            submit={existing ? t('cohorts.form.save') : t('cohorts.form.create')}
          />
        </SaveForm>
      )}
    </FormModal>
  );
}
