// Adding or editing a session of the introductory month: date, title, topic, venue. A date outside the
// intro period is a warning the person may confirm (a make-up session), not a refusal. On the form kit
// (useSave, the unsaved-changes guard with a draft, FormProblems, StaleChanges).
import { SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../shared/cohorts/dates';
import { type Cohort, type Session, SessionCreate } from '../../../shared/cohorts/schema';
import { type Problems, schemaProblems, withoutChanged } from '../../../shared/forms/problems';
import { api } from '../api/client';
import { DateField } from '../ui/forms/DateField';
import { FormActions } from '../ui/forms/FormActions';
import { FormProblems } from '../ui/forms/FormProblems';
import { keepMine, StaleChanges, staleRows } from '../ui/forms/StaleChanges';
import { WarningsDialog } from '../ui/forms/WarningsDialog';
import { DraftOffer } from '../ui/guard/DraftOffer';
import { FormModal } from '../ui/guard/FormModal';
import { useUnsavedGuard } from '../ui/guard/useUnsavedGuard';
import { useSave } from '../ui/save/useSave';
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
const WRAPPER: ('label' | 'input' | 'description' | 'error')[] = ['label', 'input', 'description', 'error'];

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
  const [values, setValues] = useState<Values>(() => valuesOf(existing, cohort, sessions));
  const [base, setBase] = useState<Values>(values);
  const [version, setVersion] = useState(existing?.version ?? 0);
  const [clientProblems, setClientProblems] = useState<Problems>({});
  const [attempted, setAttempted] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const title = existing ? t('sessions.editTitle', { title: existing.title }) : t('sessions.newTitle');
  const validate = (v: Values) => schemaProblems(SessionCreate, { fiscalYear: cohort.fiscalYear, ...dataOf(v) });

  const submit = () => {
    setAttempted(true);
    const found = validate(values);
    setClientProblems(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    void saver.save(values);
  };

  const guard = useUnsavedGuard({
    draft: { form: 'cohort-session', key: existing ? String(existing.id) : `${cohort.fiscalYear}:new` },
    values,
    dirty: JSON.stringify(values) !== JSON.stringify(base),
    baseVersion: existing ? version : null,
    onSave: submit,
  });

  const saver = useSave({
    summary: summaryRef,
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
    setValues(next);
    saver.setProblems((p) => withoutChanged(p, next, values));
    if (attempted) setClientProblems(validate(next));
  };

  const texts = problemTexts(t, { ...saver.problems, ...clientProblems });
  const summary = attempted || Object.keys(saver.problems).length > 0 ? summaryItems(texts, ORDER, 'session') : [];
  const failure = saver.error && Object.keys(saver.problems).length === 0 ? cohortErrorText(t, saver.error) : null;

  const label = (name: string) => t(`cohorts.field.${name}`, { defaultValue: name });
  const edits = existing && { mine: values, base, saved: valuesOf(existing, cohort, sessions) };
  const settle = (next: Values, saved: Values) => {
    setValues(next);
    setBase(saved);
    if (existing) setVersion(existing.version);
    saver.resolveStale();
  };
  const stale =
    saver.stale && edits ? (
      <StaleChanges
        rows={staleRows(edits, label)}
        onKeepMine={() => settle(keepMine(edits), edits.saved)}
        onTakeSaved={() => settle(edits.saved, edits.saved)}
      />
    ) : null;

  return (
    <FormModal opened onClose={onClose} unsaved={guard.unsaved} onDiscard={guard.forget} size="lg" title={title}>
      {(cancel) => (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
          noValidate
          aria-label={title}
        >
          <Stack gap="md">
            {JSON.stringify(values) === JSON.stringify(base) && (
              <DraftOffer
                draft={guard.draft}
                currentVersion={existing?.version ?? null}
                onRestore={(restored) => {
                  setValues({ ...values, ...restored });
                  guard.restored(restored);
                }}
                onDiscard={guard.forget}
              />
            )}
            <FormProblems stale={stale} error={failure} items={summary} summaryRef={summaryRef} />
            <TextInput
              id="session-title"
              label={label('title')}
              withAsterisk
              value={values.title}
              onChange={(e) => set('title', e.currentTarget.value)}
              error={texts.title}
              inputWrapperOrder={WRAPPER}
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
                inputWrapperOrder={WRAPPER}
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
          </Stack>
          <WarningsDialog saver={saver} />
        </form>
      )}
    </FormModal>
  );
}
