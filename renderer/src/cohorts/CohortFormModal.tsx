// Creating or editing a cohort. Only the fiscal year and the intro's first day are needed: the intro's
// last day and the programme window follow the core's rules, and the form shows them as they are typed.
import { Alert, Button, Group, Modal, NumberInput, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resolveCohortDates } from '../../../shared/cohorts/dates';
import { type Cohort, CohortCreate } from '../../../shared/cohorts/schema';
import { fiscalYearRange, formatFiscalYear, isIsoDate } from '../../../shared/fiscal-year';
import { api } from '../api/client';
import { WarningsDialog } from '../app/WarningsDialog';
import { errorOf } from '../i18n/messages';
import { cohortErrorText, cohortIssueText, fieldOf, issuesByField } from './issues';
import { ModalDateField as DateField } from './ModalDateField';
import { useConfirmedCall } from './useConfirmedCall';

type DateName = 'introStart' | 'introEnd' | 'programmeStart' | 'programmeEnd';
type Values = Record<DateName, string | null> & { fiscalYear: number | string; notes: string };

interface Props {
  opened: boolean;
  /** The cohort to edit; null to create one. */
  existing: Cohort | null;
  defaultFiscalYear: number;
  onClose: () => void;
  onSaved: (cohort: Cohort) => void;
}

const valuesOf = (c: Cohort | null, fy: number): Values => ({
  fiscalYear: c?.fiscalYear ?? fy,
  introStart: c?.introStart ?? null,
  introEnd: c?.introEnd ?? null,
  programmeStart: c?.programmeStart ?? null,
  programmeEnd: c?.programmeEnd ?? null,
  notes: c?.notes ?? '',
});

export function CohortFormModal(props: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      size="lg"
      closeButtonProps={{ 'aria-label': t('cohorts.close') }}
      title={props.existing ? t('cohorts.form.editTitle') : t('cohorts.form.newTitle')}
    >
      {/* Mounted afresh on each opening, so it starts from the cohort as it is now. */}
      {props.opened && <CohortForm {...props} />}
    </Modal>
  );
}

function CohortForm({ existing, defaultFiscalYear, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(() => valuesOf(existing, defaultFiscalYear));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const call = useConfirmedCall(async (saved: { cohort: Cohort }) => onSaved(saved.cohort));
  const set = <K extends keyof Values>(name: K, value: Values[K]) => {
    setValues((v) => ({ ...v, [name]: value }));
    // A changed value's problem no longer applies, nor does the core's last answer.
    setProblems(({ [name]: _, ...rest }) => rest);
    if (call.error) call.reset();
  };

  const stale = call.error !== null && errorOf(call.error).code === 'stale';

  const fy = Number(values.fiscalYear);
  const validFy = Number.isInteger(fy) && fy >= 1990 && fy <= 2100;
  const range = validFy ? fiscalYearRange(fy) : null;
  const start = values.introStart && isIsoDate(values.introStart) ? values.introStart : null;
  // What the core will store for the dates left empty, recomputed on every keystroke.
  const resolved = start ? resolveCohortDates({ ...values, introStart: start }) : null;
  const defaults = start ? resolveCohortDates({ introStart: start, programmeStart: values.programmeStart }) : null;

  const data = {
    introStart: values.introStart ?? '',
    introEnd: values.introEnd,
    programmeStart: values.programmeStart,
    programmeEnd: values.programmeEnd,
    notes: values.notes,
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = CohortCreate.safeParse({ fiscalYear: values.fiscalYear === '' ? undefined : fy, ...data });
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const path = issue.path.join('.');
        const code = /^[a-z_]+$/.test(issue.message) ? issue.message : 'invalid_value';
        found[fieldOf(path)] ??= cohortIssueText(t, { path, code });
      }
      setProblems(found);
      return;
    }
    void call.run((confirm) =>
      existing
        ? api().call('cohorts.update', { fiscalYear: existing.fiscalYear, version: existing.version, data, confirm })
        : api().call('cohorts.create', { fiscalYear: fy, ...data, confirm }),
    );
  };

  const serverProblems = call.error ? issuesByField(t, call.error) : {};
  const shown = { ...serverProblems, ...problems };
  const general = call.error && Object.keys(serverProblems).length === 0 ? cohortErrorText(t, call.error) : null;
  const dateProps = (name: DateName) => ({
    id: `cohort-${name}`,
    label: t(`cohorts.field.${name}`),
    value: values[name],
    onChange: (v: string | null) => set(name, v),
    error: shown[name],
    inputWrapperOrder: ['label', 'input', 'description', 'error'] as ('label' | 'input' | 'description' | 'error')[],
  });
  const byDefault = (date: string | undefined, key: string) =>
    date ? t(`cohorts.form.default.${key}`, { date }) : t('cohorts.form.default.pending');

  return (
    <form onSubmit={submit} noValidate aria-label={existing ? t('cohorts.form.editTitle') : t('cohorts.form.newTitle')}>
      <Stack gap="md">
        {general && (
          <Alert color="red" role="alert" data-testid="cohort-form-error">
            {general}
            {stale && (
              <Text size="sm" mt="xs">
                {t('cohorts.staleHint')}
              </Text>
            )}
          </Alert>
        )}
        <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
          <NumberInput
            id="cohort-fiscalYear"
            label={t('cohorts.field.fiscalYear')}
            withAsterisk
            disabled={existing !== null}
            min={1990}
            max={2100}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator={false}
            value={values.fiscalYear}
            onChange={(v) => set('fiscalYear', v)}
            error={shown.fiscalYear}
            description={
              range
                ? t('cohorts.form.fyHint', { ja: formatFiscalYear(fy, 'ja'), start: range.start, end: range.end })
                : undefined
            }
            inputWrapperOrder={['label', 'input', 'description', 'error']}
          />
          <DateField {...dateProps('introStart')} withAsterisk description={t('cohorts.form.introStartHint')} />
          <DateField {...dateProps('introEnd')} clearable description={byDefault(defaults?.introEnd, 'introEnd')} />
          <div />
          <DateField
            {...dateProps('programmeStart')}
            clearable
            description={byDefault(defaults?.programmeStart, 'programmeStart')}
          />
          <DateField
            {...dateProps('programmeEnd')}
            clearable
            description={byDefault(defaults?.programmeEnd, 'programmeEnd')}
          />
        </SimpleGrid>
        <Textarea
          id="cohort-notes"
          label={t('cohorts.field.notes')}
          autosize
          minRows={2}
          maxRows={8}
          value={values.notes}
          onChange={(e) => set('notes', e.currentTarget.value)}
          error={shown.notes}
        />
        <Text size="sm" data-testid="cohort-preview" aria-live="polite">
          {resolved
            ? t('cohorts.form.preview', {
                introStart: resolved.introStart,
                introEnd: resolved.introEnd,
                programmeStart: resolved.programmeStart,
                programmeEnd: resolved.programmeEnd,
              })
            : t('cohorts.form.previewPending')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={call.busy}>
            {existing ? t('cohorts.form.save') : t('cohorts.form.create')}
          </Button>
        </Group>
      </Stack>
      <WarningsDialog
        warnings={call.warnings}
        saving={call.busy}
        onCancel={call.dismiss}
        onConfirm={() => void call.confirm()}
      />
    </form>
  );
}
