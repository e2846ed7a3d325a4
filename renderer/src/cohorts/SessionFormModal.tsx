// Adding or editing a session of the introductory month: date, title, topic, venue. A date outside the
// intro period is a warning the person may confirm (a make-up session), not a refusal.
import { Alert, Button, Group, Modal, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../shared/cohorts/dates';
import { type Cohort, type Session, SessionCreate } from '../../../shared/cohorts/schema';
import { api } from '../api/client';
import { WarningsDialog } from '../app/WarningsDialog';
import { cohortErrorText, cohortIssueText, fieldOf, issuesByField } from './issues';
import { ModalDateField as DateField } from './ModalDateField';
import { useConfirmedCall } from './useConfirmedCall';

interface Props {
  opened: boolean;
  cohort: Cohort;
  sessions: Session[];
  /** The session to edit; null to add one. */
  existing: Session | null;
  onClose: () => void;
  onSaved: (session: Session) => void;
}

/** A new session's date: the day after the last one while that is inside the intro, else its first day. */
function nextDate(cohort: Cohort, sessions: Session[]): string {
  const last = sessions.at(-1)?.date;
  const next = last ? addDays(last, 1) : cohort.introStart;
  return next >= cohort.introStart && next <= cohort.introEnd ? next : cohort.introStart;
}

export function SessionFormModal(props: Props) {
  const { t } = useTranslation();
  const title = props.existing ? t('sessions.editTitle', { title: props.existing.title }) : t('sessions.newTitle');
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      size="lg"
      title={title}
      closeButtonProps={{ 'aria-label': t('cohorts.close') }}
    >
      {props.opened && <SessionForm {...props} title={title} />}
    </Modal>
  );
}

function SessionForm({ cohort, sessions, existing, onClose, onSaved, title }: Props & { title: string }) {
  const { t } = useTranslation();
  const [values, setValues] = useState({
    date: existing?.date ?? nextDate(cohort, sessions),
    title: existing?.title ?? '',
    topic: existing?.topic ?? '',
    venue: existing?.venue ?? '',
  });
  const [problems, setProblems] = useState<Record<string, string>>({});
  const call = useConfirmedCall(async (saved: { session: Session }) => onSaved(saved.session));
  const set = (name: keyof typeof values, value: string | null) => {
    setValues((v) => ({ ...v, [name]: value ?? '' }));
    setProblems(({ [name]: _, ...rest }) => rest);
    if (call.error) call.reset();
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = SessionCreate.safeParse({ fiscalYear: cohort.fiscalYear, ...values });
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const path = issue.path.join('.');
        const code = /^[a-z_]+$/.test(issue.message) ? issue.message : 'invalid_value';
        found[fieldOf(path)] ??= cohortIssueText(t, {
          path,
          code,
          params: 'maximum' in issue ? { max: Number(issue.maximum) } : undefined,
        });
      }
      setProblems(found);
      return;
    }
    const { fiscalYear: _, confirm: __, ...data } = parsed.data;
    void call.run((confirm) =>
      existing
        ? api().call('cohorts.sessions.update', { id: existing.id, version: existing.version, data, confirm })
        : api().call('cohorts.sessions.create', { fiscalYear: cohort.fiscalYear, ...data, confirm }),
    );
  };

  const serverProblems = call.error ? issuesByField(t, call.error) : {};
  const shown = { ...serverProblems, ...problems };
  const general = call.error && Object.keys(serverProblems).length === 0 ? cohortErrorText(t, call.error) : null;
  const order: ('label' | 'input' | 'description' | 'error')[] = ['label', 'input', 'description', 'error'];

  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <Stack gap="md">
        {general && (
          <Alert color="red" role="alert" data-testid="session-form-error">
            {general}
          </Alert>
        )}
        <TextInput
          id="session-title"
          label={t('cohorts.field.title')}
          withAsterisk
          value={values.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={shown.title}
          inputWrapperOrder={order}
        />
        <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
          <DateField
            id="session-date"
            label={t('cohorts.field.date')}
            withAsterisk
            value={values.date}
            onChange={(v) => set('date', v)}
            error={shown.date}
            description={t('sessions.dateHint', { start: cohort.introStart, end: cohort.introEnd })}
            inputWrapperOrder={order}
          />
          <TextInput
            id="session-venue"
            label={t('cohorts.field.venue')}
            value={values.venue}
            onChange={(e) => set('venue', e.currentTarget.value)}
            error={shown.venue}
          />
        </SimpleGrid>
        <Textarea
          id="session-topic"
          label={t('cohorts.field.topic')}
          autosize
          minRows={2}
          maxRows={6}
          value={values.topic}
          onChange={(e) => set('topic', e.currentTarget.value)}
          error={shown.topic}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={call.busy}>
            {existing ? t('sessions.save') : t('sessions.add')}
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
