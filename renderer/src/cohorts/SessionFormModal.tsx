// Adding or editing a session of the introductory month: date, title, topic, venue. A date outside the
// intro period is a warning the person may confirm (a make-up session), not a refusal. On the form kit
// (useSave, the unsaved-changes guard with a draft, FormProblems, StaleChanges).
import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../shared/cohorts/dates';
import { type Cohort, type Session, SessionCreate } from '../../../shared/cohorts/schema';
import { schemaProblems, withoutChanged } from '../../../shared/forms/problems';
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

interface Props {
  opened: boolean;
  cohort: Cohort;
  sessions: Session[];
  /** The session to edit (as saved now); null to add one. */
  existing: Session | null;
  onClose: () => void;
  onSaved: (session: Session) => void;
}

type Values = { date: string | null; title: string; topic: string; venue: string };
const ORDER = ['title', 'date', 'venue', 'topic'];

/** A new session's date: the day after the last one while that is inside the intro, else its first day. */
function nextDate(cohort: Cohort, sessions: Session[]): string {
  const last = sessions.at(-1)?.date;
  const next = last ? addDays(last, 1) : cohort.introStart;
  return next >= cohort.introStart && next <= cohort.introEnd ? next : cohort.introStart;
}

const valuesOf = (s: Session | null, cohort: Cohort, sessions: Session[]): Values => ({
  date: s?.date ?? nextDate(cohort, sessions),
  title: s?.title ?? '',
  topic: s?.topic ?? '',
  venue: s?.venue ?? '',
});

const dataOf = (v: Values) => ({ date: v.date ?? '', title: v.title, topic: v.topic, venue: v.venue });

export function SessionFormModal(props: Props) {
  // Mounted afresh on each opening, so it starts from the session as it is now.
  return props.opened ? <SessionDialog {...props} /> : null;
}

function SessionDialog({ cohort, sessions, existing, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useDialogValues(() => valuesOf(existing, cohort, sessions), existing?.version ?? 0);
  const { values, version } = form;
  const title = existing ? t('sessions.editTitle', { title: existing.title }) : t('sessions.newTitle');
  const validate = (v: Values) => schemaProblems(SessionCreate, { fiscalYear: cohort.fiscalYear, ...dataOf(v) });

  const check = useFormCheck(validate);
  const submit = () => check.attempt(values, () => void saver.save(values));

  const guard = useUnsavedGuard({
    draft: { form: 'cohort-session', key: existing ? String(existing.id) : `${cohort.fiscalYear}:new` },
    values,
    dirty: form.isDirty(),
    baseVersion: existing ? version : null,
    onSave: submit,
  });

  const saver = useSave({
    summary: check.summaryRef,
    send: (v: Values, { confirm }) =>
      existing
        ? api().call('cohorts.sessions.update', { id: existing.id, version, data: dataOf(v), confirm })
        : api().call('cohorts.sessions.create', { fiscalYear: cohort.fiscalYear, ...dataOf(v), confirm }),
    invalidates: () => COHORT_CHANGES,
    onSaved: (saved) => onSaved(saved.session),
    reload: () => queryClient.refetchQueries({ queryKey: cohortKeys.grid(cohort.fiscalYear) }),
    guard,
  });

  const set = (name: keyof Values, value: string | null) => {
    const next = { ...values, [name]: name === 'date' ? value : (value ?? '') };
    form.setValues(next);
    saver.setProblems((p) => withoutChanged(p, next, values));
    check.recheck(next);
  };

  const texts = problemTexts(t, { ...saver.problems, ...check.problems });
  const summary =
    check.attempted || Object.keys(saver.problems).length > 0 ? summaryItems(texts, ORDER, 'session') : [];
  const failure = saver.error && Object.keys(saver.problems).length === 0 ? cohortErrorText(t, saver.error) : null;

  const label = (name: string) => t(`cohorts.field.${name}`, { defaultValue: name });
  const stale =
    saver.stale && existing ? (
      <StaleValues
        form={form}
        saved={valuesOf(existing, cohort, sessions)}
        version={existing.version}
        label={label}
        onSettled={saver.resolveStale}
      />
    ) : null;

  return (
    <FormModal opened onClose={onClose} unsaved={guard.unsaved} onDiscard={guard.forget} size="lg" title={title}>
      {(cancel) => (
        <SaveForm label={title} onSubmit={submit} warnings={{ saver }}>
          <FormDraftOffer form={form} guard={guard} currentVersion={existing?.version ?? null} />
          <FormProblems stale={stale} error={failure} items={summary} summaryRef={check.summaryRef} />
          <TextInput
            id="session-title"
            label={label('title')}
            withAsterisk
            value={values.title}
            onChange={(e) => set('title', e.currentTarget.value)}
            error={texts.title}
            inputWrapperOrder={HINT_BELOW}
          />
          <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
            <DateField
              id="session-date"
              label={label('date')}
              withAsterisk
              value={values.date}
              onChange={(v) => set('date', v)}
              error={texts.date}
              description={t('sessions.dateHint', { start: cohort.introStart, end: cohort.introEnd })}
              inputWrapperOrder={HINT_BELOW}
            />
            <TextInput
              id="session-venue"
              label={label('venue')}
              value={values.venue}
              onChange={(e) => set('venue', e.currentTarget.value)}
              error={texts.venue}
            />
          </SimpleGrid>
          <Textarea
            id="session-topic"
            label={label('topic')}
            autosize
            minRows={2}
            maxRows={6}
            value={values.topic}
            onChange={(e) => set('topic', e.currentTarget.value)}
            error={texts.topic}
          />
          <FormActions saver={saver} onCancel={cancel} submit={existing ? t('sessions.save') : t('sessions.add')} />
        </SaveForm>
      )}
    </FormModal>
  );
}
