// "Change status": only the steps the lifecycle allows from the trainee's current status, dated (today
// unless said otherwise) and with a reason, which a withdrawal must have. The core checks it all again.
// On the form kit: saved through useSave, guarded (with a draft of the reason) while open.
import { Alert, Group, Loader, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allowedTransitions, isFinalStatus } from '../../../shared/cohorts/lifecycle';
import { TraineeTransition } from '../../../shared/cohorts/schema';
import { todayIso } from '../../../shared/fiscal-year';
import { schemaProblems, withoutChanged } from '../../../shared/forms/problems';
import type { Trainee, TraineeStatus } from '../../../shared/trainees/schema';
import { api } from '../api/client';
import { notifySaved } from '../i18n/notify';
import { DateField } from '../ui/forms/DateField';
import { FormActions } from '../ui/forms/FormActions';
import { FormProblems } from '../ui/forms/FormProblems';
import { HINT_BELOW } from '../ui/forms/FormSection';
import { SaveForm } from '../ui/forms/SaveForm';
import { useFormCheck } from '../ui/forms/useFormCheck';
import { DraftOffer } from '../ui/guard/DraftOffer';
import { FormModal } from '../ui/guard/FormModal';
import { useUnsavedGuard } from '../ui/guard/useUnsavedGuard';
import { StatusBadge } from '../ui/StatusBadge';
import { useSave } from '../ui/save/useSave';
import { cohortErrorText, problemTexts, summaryItems } from './issues';
import { COHORT_CHANGES, useTraineeRecord } from './queries';

interface Props {
  traineeId: number;
  opened: boolean;
  /** A step and date to start from (from a status hint); otherwise the next step, today. */
  suggested?: { to: TraineeStatus; date: string } | undefined;
  onClose: () => void;
}

type Values = { to: TraineeStatus | null; date: string | null; reason: string };
const ORDER = ['to', 'date', 'reason'];

export function TransitionModal(props: Props) {
  return props.opened ? <TransitionDialog {...props} /> : null;
}

function TransitionDialog({ traineeId, suggested, onClose }: Props) {
  const { t } = useTranslation();
  const query = useTraineeRecord(traineeId);
  const trainee = query.data;
  if (!trainee) {
    return (
      <Modal opened onClose={onClose} size="md" title={t('lifecycle.change')}>
        <Loader size="sm" aria-label={t('common.loading')} />
      </Modal>
    );
  }
  return <TransitionForm trainee={trainee} suggested={suggested} onClose={onClose} reload={() => query.refetch()} />;
}

interface FormProps {
  /** The trainee as saved now (refetched after someone else changed them). */
  trainee: Trainee;
  suggested: Props['suggested'];
  onClose: () => void;
  reload: () => Promise<unknown>;
}

const firstStep = (status: TraineeStatus, suggested: Props['suggested']) => {
  const allowed = allowedTransitions(status);
  return suggested && allowed.includes(suggested.to) ? suggested.to : (allowed[0] ?? null);
};

function TransitionForm({ trainee, suggested, onClose, reload }: FormProps) {
  const { t } = useTranslation();
  // The status and version the person's step starts from: move on only after a stale answer.
  const [from, setFrom] = useState({ status: trainee.status, version: trainee.version });
  const [initial] = useState<Values>(() => ({
    to: firstStep(trainee.status, suggested),
    date: suggested?.date ?? todayIso(),
    reason: '',
  }));
  const [values, setValues] = useState<Values>(initial);
  const [movedOn, setMovedOn] = useState(false);
  const labels = { date: t('lifecycle.date'), to: t('lifecycle.to') };
  const allowed = allowedTransitions(from.status);
  const inputOf = (v: Values) => ({ id: trainee.id, version: from.version, ...v, date: v.date ?? '' });
  const validate = (v: Values) => {
    const found = schemaProblems(TraineeTransition, inputOf(v));
    // An empty reason is "missing" to the kit; for a withdrawal the schema's own code says why it is needed.
    return found.reason?.code === 'required' ? { ...found, reason: { code: 'reason_required' } } : found;
  };

  const check = useFormCheck(validate);
  const submit = () => check.attempt(values, () => void saver.save(values));

  const guard = useUnsavedGuard({
    draft: { form: 'trainee-transition', key: String(trainee.id) },
    values,
    dirty: JSON.stringify(values) !== JSON.stringify(initial),
    baseVersion: from.version,
    onSave: submit,
  });

  const saver = useSave({
    summary: check.summaryRef,
    send: (v: Values) => api().call('cohorts.trainees.transition', TraineeTransition.parse(inputOf(v))),
    invalidates: () => COHORT_CHANGES,
    onSaved: (done) => {
      notifySaved(
        t('lifecycle.saved', { name: done.trainee.fullName, status: t(`trainee.status.${done.trainee.status}`) }),
      );
      onClose();
    },
    reload,
    guard,
  });

  // Someone else changed the trainee: the steps follow the status as it is now. The date and reason
  // typed are kept; a step the new status no longer allows gives way to the first one it does.
  const { stale, resolveStale } = saver;
  useEffect(() => {
    if (!stale) return;
    setFrom({ status: trainee.status, version: trainee.version });
    setValues((v) =>
      v.to && allowedTransitions(trainee.status).includes(v.to)
        ? v
        : { ...v, to: firstStep(trainee.status, undefined) },
    );
    setMovedOn(true);
    resolveStale();
  }, [stale, trainee.status, trainee.version, resolveStale]);

  const set = (patch: Partial<Values>) => {
    const next = { ...values, ...patch };
    setValues(next);
    saver.setProblems((p) => withoutChanged(p, next, values));
    check.recheck(next);
  };

  if (allowed.length === 0) {
    return (
      <Modal opened onClose={onClose} size="md" title={t('lifecycle.modalTitle', { name: trainee.fullName })}>
        <Text>{t('lifecycle.final', { status: t(`trainee.status.${from.status}`) })}</Text>
      </Modal>
    );
  }

  const texts = problemTexts(t, { ...saver.problems, ...check.problems }, labels);
  const summary =
    check.attempted || Object.keys(saver.problems).length > 0 ? summaryItems(texts, ORDER, 'transition') : [];
  const failure = saver.error && Object.keys(saver.problems).length === 0 ? cohortErrorText(t, saver.error) : null;
  const staleNote = movedOn ? (
    <Alert color="orange" c="dark.7" role="alert" data-testid="transition-error">
      {t('lifecycle.stale')}
    </Alert>
  ) : null;
  const { to } = values;
  const final = to !== null && isFinalStatus(to);

  return (
    <FormModal
      opened
      onClose={onClose}
      unsaved={guard.unsaved}
      onDiscard={guard.forget}
      size="md"
      title={t('lifecycle.modalTitle', { name: trainee.fullName })}
    >
      {(cancel) => (
        <SaveForm label={t('lifecycle.change')} onSubmit={submit}>
          {JSON.stringify(values) === JSON.stringify(initial) && (
            <DraftOffer
              draft={guard.draft}
              currentVersion={trainee.version}
              onRestore={(restored) => {
                // A step the status no longer allows is not restored; the date and reason are.
                const step = restored.to && allowed.includes(restored.to) ? restored.to : values.to;
                setValues({ ...values, ...restored, to: step });
                guard.restored(restored);
              }}
              onDiscard={guard.forget}
            />
          )}
          <FormProblems stale={staleNote} error={failure} items={summary} summaryRef={check.summaryRef} />
          <Group gap="xs">
            <Text size="sm">{t('lifecycle.current')}</Text>
            <StatusBadge status={from.status} />
          </Group>
          <Radio.Group
            id="transition-to"
            label={t('lifecycle.to')}
            withAsterisk
            value={to}
            onChange={(v) => set({ to: v as TraineeStatus })}
            error={texts.to}
          >
            <Stack gap="xs" mt={6}>
              {allowed.map((s) => (
                <Radio key={s} value={s} label={t(`trainee.status.${s}`)} />
              ))}
            </Stack>
          </Radio.Group>
          <DateField
            id="transition-date"
            label={t('lifecycle.date')}
            withAsterisk
            value={values.date}
            onChange={(date) => set({ date })}
            error={texts.date}
            description={t('lifecycle.dateHint')}
            inputWrapperOrder={HINT_BELOW}
          />
          <Textarea
            id="transition-reason"
            label={t('lifecycle.reason')}
            withAsterisk={to === 'withdrawn'}
            description={to === 'withdrawn' ? t('lifecycle.reasonRequired') : t('lifecycle.reasonHint')}
            autosize
            minRows={2}
            maxRows={6}
            value={values.reason}
            onChange={(e) => set({ reason: e.currentTarget.value })}
            error={texts.reason}
            inputWrapperOrder={HINT_BELOW}
          />
          {final && (
            <Alert color="orange" c="dark.7" data-testid="transition-final">
              {t('lifecycle.finalWarning', { status: t(`trainee.status.${to}`) })}
            </Alert>
          )}
          <FormActions
            saver={{ saving: saver.saving }}
            onCancel={cancel}
            submit={t('lifecycle.confirm')}
            submitProps={{ color: to === 'withdrawn' ? 'red.9' : undefined }}
          />
        </SaveForm>
      )}
    </FormModal>
  );
}
