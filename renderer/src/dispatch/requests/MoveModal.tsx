// One move of a request (approve, decline, match, sign, dispatch, complete, cancel): a dialog asking
// only for what that move needs (workflow.ts TRANSITION_NEEDS: a reason, specialists, dates or the
// outcome report) and the date it happened. Warnings (a dispatch over 3 months, a specialist who is
// not free) are shown and the move is made only when confirmed. The core checks it all again.
import { Alert, Button, Group, Modal, MultiSelect, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dispatchLength } from '../../../../shared/dispatch/dispatches';
import type { RequestDetail } from '../../../../shared/dispatch/schema';
import type { RequestState, TransitionNeed } from '../../../../shared/dispatch/workflow';
import { checkTransition } from '../../../../shared/dispatch/workflow';
import { todayIso } from '../../../../shared/fiscal-year';
import { api } from '../../api/client';
import { WarningsDialog } from '../../app/WarningsDialog';
import { ModalDateField as DateField } from '../../cohorts/ModalDateField';
import { useConfirmedCall } from '../../cohorts/useConfirmedCall';
import { errorOf } from '../../i18n/messages';
import { notifySaved } from '../../i18n/notify';
import { dispatchErrorText, dispatchIssueText, inputOf, issuesByInput } from '../issues';
import { stateText } from '../labels';
import { useInvalidateDispatch } from '../queries';

export interface SpecialistChoice {
  value: string;
  label: string;
}

interface Props {
  detail: RequestDetail;
  move: { to: RequestState; needs: TransitionNeed[] } | null;
  /** Specialists to offer (the suggestions), and those picked beforehand. */
  choices: SpecialistChoice[];
  picked: string[];
  onClose: () => void;
}

export function MoveModal({ detail, move, choices, picked, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={move !== null}
      onClose={onClose}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.cancel') }}
      title={move ? t(`dispatch.move.title.${move.to}`, { ref: detail.request.reference }) : ''}
    >
      {move && (
        <MoveForm
          key={`${move.to}:${detail.request.version}`}
          detail={detail}
          move={move}
          choices={choices}
          picked={picked}
          onClose={onClose}
        />
      )}
    </Modal>
  );
}

function MoveForm({ detail, move, choices, picked, onClose }: Props & { move: NonNullable<Props['move']> }) {
  const { t } = useTranslation();
  const { request } = detail;
  const invalidate = useInvalidateDispatch();
  const needs = new Set(move.needs);
  // Today, unless the last change is dated later (a move may not predate it).
  const [on, setOn] = useState<string | null>([todayIso(), request.stateChangedOn].sort()[1] ?? null);
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState('');
  const [specialists, setSpecialists] = useState<string[]>(picked);
  const [start, setStart] = useState<string | null>(request.wishedStart);
  const [end, setEnd] = useState<string | null>(request.wishedEnd);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const labels = {
    on: t('dispatch.move.on'),
    reason: t(move.to === 'declined' ? 'dispatch.move.declineReason' : 'dispatch.move.cancelReason'),
    specialistIds: t('dispatch.move.specialists'),
    start: t('dispatch.field.start'),
    end: t('dispatch.field.end'),
    outcome: t('dispatch.move.outcome'),
  };
  const call = useConfirmedCall<RequestDetail>(async (done) => {
    await invalidate();
    notifySaved(t('dispatch.move.saved', { ref: done.request.reference, state: stateText(t, done.request.state) }));
    onClose();
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const ids = specialists.map(Number);
    const found: Record<string, string> = {};
    if (!on) found.on = dispatchIssueText(t, { path: 'on', code: 'required' }, labels);
    for (const issue of checkTransition(request.state, move.to, {
      reason,
      outcome,
      specialistIds: ids,
      start,
      end,
      on,
      previousOn: request.stateChangedOn,
    })) {
      found[inputOf(issue.path)] ??= dispatchIssueText(t, issue, labels);
    }
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    void call.run((confirm) =>
      api().call('requests.transition', {
        id: request.id,
        version: request.version,
        to: move.to,
        on: on ?? '',
        ...(needs.has('reason') ? { reason } : {}),
        ...(needs.has('outcome') ? { outcome } : {}),
        ...(needs.has('specialists') ? { specialistIds: ids } : {}),
        ...(needs.has('dates') ? { start, end } : {}),
        confirm,
      }),
    );
  };

  const failure = call.error ? errorOf(call.error) : null;
  const fieldProblems = call.error ? issuesByInput(t, call.error, labels) : {};
  const shown = { ...fieldProblems, ...problems };
  const general =
    failure && (failure.code === 'stale' || !failure.issues?.length || shown.state)
      ? dispatchErrorText(t, call.error)
      : null;
  const length = start && end && end >= start ? dispatchLength(start, end) : null;

  return (
    <form onSubmit={submit} noValidate aria-label={t(`dispatch.move.title.${move.to}`, { ref: request.reference })}>
      <Stack gap="md">
        <Text size="sm">{t(`dispatch.move.intro.${move.to}`)}</Text>
        {general && (
          <Alert color="red" role="alert" data-testid="move-error">
            {general}
          </Alert>
        )}
        {needs.has('specialists') && (
          <MultiSelect
            label={labels.specialistIds}
            description={t('dispatch.move.specialistsHint')}
            data={choices}
            value={specialists}
            onChange={setSpecialists}
            searchable
            withAsterisk
            error={shown.specialistIds}
            data-testid="move-specialists"
            comboboxProps={{ withinPortal: true }}
          />
        )}
        {needs.has('dates') && (
          <>
            <SimpleGrid cols={2}>
              <DateField label={labels.start} value={start} onChange={setStart} withAsterisk error={shown.start} />
              <DateField label={labels.end} value={end} onChange={setEnd} withAsterisk error={shown.end} />
            </SimpleGrid>
            {length && (
              <Text size="sm" c="dimmed" data-testid="move-length">
                {t('dispatch.move.length', { count: length.days })}
              </Text>
            )}
          </>
        )}
        {needs.has('reason') && (
          <Textarea
            label={labels.reason}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            autosize
            minRows={2}
            withAsterisk
            error={shown.reason}
            maxLength={2000}
          />
        )}
        {needs.has('outcome') && (
          <Textarea
            label={labels.outcome}
            description={t('dispatch.move.outcomeHint')}
            value={outcome}
            onChange={(e) => setOutcome(e.currentTarget.value)}
            autosize
            minRows={5}
            maxRows={16}
            withAsterisk
            error={shown.outcome}
          />
        )}
        <DateField
          label={labels.on}
          description={t('dispatch.move.onHint', { date: request.stateChangedOn })}
          value={on}
          onChange={setOn}
          withAsterisk
          error={shown.on}
          data-testid="move-on"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            loading={call.busy}
            color={move.to === 'declined' || move.to === 'cancelled' ? 'red.9' : undefined}
            data-testid="move-submit"
          >
            {t(`dispatch.move.button.${move.to}`)}
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
