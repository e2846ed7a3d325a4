// "Change status": only the steps the lifecycle allows from the trainee's current status, dated (today
// unless said otherwise) and with a reason, which a withdrawal must have. The core checks it all again.
import { Alert, Button, Group, Loader, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allowedTransitions, isFinalStatus } from '../../../shared/cohorts/lifecycle';
import { TraineeTransition } from '../../../shared/cohorts/schema';
import { todayIso } from '../../../shared/fiscal-year';
import type { Trainee, TraineeStatus } from '../../../shared/trainees/schema';
import { api } from '../api/client';
import { errorOf } from '../i18n/messages';
import { notifySaved } from '../i18n/notify';
import { useTrainee } from '../trainees/queries';
import { StatusBadge } from '../trainees/StatusBadge';
import { cohortErrorText, cohortIssueText, fieldOf, issuesByField } from './issues';
import { ModalDateField as DateField } from './ModalDateField';
import { useInvalidateCohorts } from './queries';

interface Props {
  traineeId: number;
  opened: boolean;
  /** A step and date to start from (from a status hint); otherwise the next step, today. */
  suggested?: { to: TraineeStatus; date: string } | undefined;
  onClose: () => void;
}

export function TransitionModal({ traineeId, opened, suggested, onClose }: Props) {
  const { t } = useTranslation();
  const query = useTrainee(opened ? traineeId : 0);
  const trainee = query.data;
  // Kept here: after someone else's change the form starts afresh from the new status, and says why.
  const [stale, setStale] = useState(false);
  const close = () => {
    setStale(false);
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      size="md"
      closeButtonProps={{ 'aria-label': t('cohorts.close') }}
      title={trainee ? t('lifecycle.modalTitle', { name: trainee.fullName }) : t('lifecycle.change')}
    >
      {opened && !trainee && <Loader size="sm" aria-label={t('common.loading')} />}
      {/* A new status (after someone else's change) starts the form afresh. */}
      {opened && stale && (
        <Alert color="orange" c="dark.7" role="alert" mb="md" data-testid="transition-error">
          {t('lifecycle.stale')}
        </Alert>
      )}
      {opened && trainee && (
        <TransitionForm
          key={trainee.status}
          trainee={trainee}
          suggested={suggested}
          onClose={close}
          onStale={() => setStale(true)}
        />
      )}
    </Modal>
  );
}

interface FormProps extends Omit<Props, 'traineeId' | 'opened'> {
  trainee: Trainee;
  onStale: () => void;
}

function TransitionForm({ trainee, suggested, onClose, onStale }: FormProps) {
  const { t } = useTranslation();
  const invalidate = useInvalidateCohorts();
  const allowed = allowedTransitions(trainee.status);
  const [to, setTo] = useState<TraineeStatus | null>(
    suggested && allowed.includes(suggested.to) ? suggested.to : (allowed[0] ?? null),
  );
  const [date, setDate] = useState<string | null>(suggested?.date ?? todayIso());
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const labels = { date: t('lifecycle.date') };

  if (allowed.length === 0) {
    return <Text>{t('lifecycle.final', { status: t(`trainee.status.${trainee.status}`) })}</Text>;
  }

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setGeneral(null);
    const input = { id: trainee.id, version: trainee.version, to, date: date ?? '', reason };
    const parsed = TraineeTransition.safeParse(input);
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const path = issue.path.join('.');
        const code = /^[a-z_]+$/.test(issue.message) ? issue.message : 'invalid_value';
        found[fieldOf(path)] ??= cohortIssueText(t, { path, code }, labels);
      }
      setProblems(found);
      return;
    }
    setBusy(true);
    try {
      const done = await api().call('trainees.transition', parsed.data);
      await invalidate();
      notifySaved(
        t('lifecycle.saved', { name: done.trainee.fullName, status: t(`trainee.status.${done.trainee.status}`) }),
      );
      onClose();
    } catch (error) {
      if (errorOf(error).code === 'stale') {
        onStale();
        await invalidate();
        return;
      }
      const { to: toProblem, ...rest } = issuesByField(t, error, labels);
      setProblems(rest);
      // A refusal that is not about a field the person can fix here is said above the form.
      if (toProblem || Object.keys(rest).length === 0) setGeneral(toProblem ?? cohortErrorText(t, error));
    } finally {
      setBusy(false);
    }
  };

  const final = to !== null && isFinalStatus(to);
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('lifecycle.change')}>
      <Stack gap="md">
        {general && (
          <Alert color="red" role="alert" data-testid="transition-error">
            {general}
          </Alert>
        )}
        <Group gap="xs">
          <Text size="sm">{t('lifecycle.current')}</Text>
          <StatusBadge status={trainee.status} />
        </Group>
        <Radio.Group
          label={t('lifecycle.to')}
          withAsterisk
          value={to}
          onChange={(v) => {
            setTo(v as TraineeStatus);
            setProblems({});
          }}
          error={problems.to}
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
          value={date}
          onChange={(v) => {
            setDate(v);
            setProblems(({ date: _, ...rest }) => rest);
          }}
          error={problems.date}
          description={t('lifecycle.dateHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
        />
        <Textarea
          id="transition-reason"
          label={t('lifecycle.reason')}
          withAsterisk={to === 'withdrawn'}
          description={to === 'withdrawn' ? t('lifecycle.reasonRequired') : t('lifecycle.reasonHint')}
          autosize
          minRows={2}
          maxRows={6}
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setProblems(({ reason: _, ...rest }) => rest);
          }}
          error={problems.reason}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
        />
        {final && (
          <Alert color="orange" c="dark.7" data-testid="transition-final">
            {t('lifecycle.finalWarning', { status: t(`trainee.status.${to}`) })}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy} color={to === 'withdrawn' ? 'red.9' : undefined}>
            {t('lifecycle.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
