// One move of a request (approve, decline, match, sign, dispatch, complete, cancel): a dialog asking
// only for what that move needs (workflow.ts TRANSITION_NEEDS: a reason, specialists, dates or the
// outcome report) and the date it happened. Warnings (a dispatch over 3 months, a specialist who is
// not free) are shown and the move is made only when confirmed. The core checks it all again.
// On the form kit: saved through useSave, guarded (FormModal asks before typed work is thrown away),
// and a reason or an outcome report being typed is kept as a draft.
import { Alert, Button, Group, SimpleGrid, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../shared/fiscal-year';
import { issueProblems, type Problems, withoutChanged } from '../../../../shared/forms/problems';
import { dispatchLength } from '../../../../shared/specialist-dispatch/dispatches';
import type { RequestDetail } from '../../../../shared/specialist-dispatch/schema';
import type { RequestState, TransitionNeed } from '../../../../shared/specialist-dispatch/workflow';
import { checkTransition } from '../../../../shared/specialist-dispatch/workflow';
import { api } from '../../api/client';
import { notifySaved } from '../../i18n/notify';
import { DateField } from '../../ui/forms/DateField';
import { FormProblems } from '../../ui/forms/FormProblems';
import { SaveForm } from '../../ui/forms/SaveForm';
import { SearchableMultiSelect } from '../../ui/forms/SearchableSelect';
import { FormDraftOffer } from '../../ui/guard/DraftOffer';
import { FormModal } from '../../ui/guard/FormModal';
import { useUnsavedGuard } from '../../ui/guard/useUnsavedGuard';
import { useSave } from '../../ui/save/useSave';
import { dispatchErrorText, dispatchProblemText, dispatchWarningText } from '../issues';
import { stateText } from '../labels';
import { dispatchKeys } from '../queries';

export interface SpecialistChoice {
  value: string;
  label: string;
}

type Move = { to: RequestState; needs: TransitionNeed[] };

interface Props {
  detail: RequestDetail;
  move: Move | null;
  /** Specialists to offer (the suggestions), and those picked beforehand. */
  choices: SpecialistChoice[];
  picked: string[];
  onClose: () => void;
  /** Fetches the request as it is now (after someone else changed it). */
  onReload: () => Promise<unknown>;
}

type MoveValues = {
  on: string | null;
  reason: string;
  outcome: string;
  specialistIds: string[];
  start: string | null;
  end: string | null;
};

const LISTS = ['specialistIds'];
/** The inputs in screen order; a problem on anything else (the state) is said at the top. */
const INPUTS = ['specialistIds', 'start', 'end', 'reason', 'outcome', 'on'];
const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function MoveModal(props: Props) {
  // Mounted only while a move is open: each opening starts from the request as it is.
  return props.move ? <MoveForm key={props.move.to} {...props} move={props.move} /> : null;
}

/** What the person chose, checked before it is sent: the same rules the core applies (workflow.ts). */
function checkMove(detail: RequestDetail, to: RequestState, v: MoveValues): Problems {
  const { request } = detail;
  const issues = checkTransition(request.state, to, {
    reason: v.reason,
    outcome: v.outcome,
    specialistIds: v.specialistIds.map(Number),
    start: v.start,
    end: v.end,
    on: v.on,
    previousOn: request.stateChangedOn,
  });
  const found = issueProblems(issues, LISTS);
  if (!v.on) found.on = { code: 'required' };
  else if (!ISO.test(v.on)) found.on = { code: 'invalid_date' };
  return found;
}

function MoveForm({ detail, move, choices, picked, onClose, onReload }: Props & { move: Move }) {
  const { t } = useTranslation();
  const { request } = detail;
  const needs = new Set(move.needs);
  const [checked, setChecked] = useState<Problems>({});
  const form = useForm<MoveValues>({
    mode: 'controlled',
    initialValues: {
      // Today, unless the last change is dated later (a move may not predate it).
      on: [todayIso(), request.stateChangedOn].sort()[1] ?? null,
      reason: '',
      outcome: '',
      specialistIds: picked,
      start: request.wishedStart,
      end: request.wishedEnd,
    },
    onValuesChange: (values, previous) => {
      saver.setProblems((p) => withoutChanged(p, values, previous));
      setChecked((p) => withoutChanged(p, values, previous));
    },
  });
  const v = form.values;
  const labels: Record<string, string> = {
    on: t('dispatch.move.on'),
    reason: t(move.to === 'declined' ? 'dispatch.move.declineReason' : 'dispatch.move.cancelReason'),
    specialistIds: t('dispatch.move.specialists'),
    start: t('dispatch.field.start'),
    end: t('dispatch.field.end'),
    outcome: t('dispatch.move.outcome'),
    state: t('dispatch.field.state', { defaultValue: '' }),
  };

  const submit = () => {
    const found = checkMove(detail, move.to, form.values);
    setChecked(found);
    if (Object.keys(found).length > 0) return;
    saver.resolveStale();
    void saver.save(form.values);
  };

  const guard = useUnsavedGuard({
    draft: { form: 'dispatch-move', key: `${request.id}:${move.to}` },
    values: form.values,
    dirty: form.isDirty(),
    baseVersion: request.version,
    onSave: submit,
  });

  const saver = useSave({
    send: (values: MoveValues, { confirm }) =>
      api().call('specialistDispatch.requests.transition', {
        id: request.id,
        // The request as last loaded: after a stale answer, the reloaded version.
        version: detail.request.version,
        to: move.to,
        on: values.on ?? '',
        ...(needs.has('reason') ? { reason: values.reason } : {}),
        ...(needs.has('outcome') ? { outcome: values.outcome } : {}),
        ...(needs.has('specialists') ? { specialistIds: values.specialistIds.map(Number) } : {}),
        ...(needs.has('dates') ? { start: values.start, end: values.end } : {}),
        confirm,
      }),
    invalidates: () => [dispatchKeys.all, ['audit']],
    lists: LISTS,
    onSaved: (done) => {
      notifySaved(t('dispatch.move.saved', { ref: done.request.reference, state: stateText(t, done.request.state) }));
      onClose();
    },
    reload: onReload,
    guard,
  });

  const problems: Problems = { ...saver.problems, ...checked };
  const shown = (key: string) => {
    const p = problems[key];
    return p ? dispatchProblemText(t, key, p, labels) : undefined;
  };
  const onInputs = INPUTS.some((k) => problems[k]);
  const failure = saver.error && !onInputs ? dispatchErrorText(t, saver.error) : null;
  const general = problems.state ? dispatchProblemText(t, 'state', problems.state, labels) : failure;
  const length = v.start && v.end && ISO.test(v.start) && v.end >= v.start ? dispatchLength(v.start, v.end) : null;
  const title = t(`dispatch.move.title.${move.to}`, { ref: request.reference });
  const stale = saver.stale ? (
    <Alert color="orange" c="dark.7" title={t('dispatch.move.staleTitle')} data-testid="stale-alert">
      {t('dispatch.stale')}
    </Alert>
  ) : null;

  return (
    <FormModal opened onClose={onClose} unsaved={guard.unsaved} onDiscard={guard.forget} size="lg" title={title}>
      {(requestClose) => (
        <SaveForm label={title} onSubmit={submit} warnings={{ saver, say: (w) => dispatchWarningText(t, w) }}>
          <Text size="sm">{t(`dispatch.move.intro.${move.to}`)}</Text>
          <FormDraftOffer form={form} guard={guard} currentVersion={request.version} />
          <FormProblems stale={stale} error={general} items={[]} />
          {needs.has('specialists') && (
            <SearchableMultiSelect
              label={labels.specialistIds}
              description={t('dispatch.move.specialistsHint')}
              data={choices}
              {...form.getInputProps('specialistIds')}
              withAsterisk
              error={shown('specialistIds')}
              data-testid="move-specialists"
              comboboxProps={{ withinPortal: true }}
            />
          )}
          {needs.has('dates') && (
            <>
              <SimpleGrid cols={2}>
                <DateField
                  label={labels.start}
                  value={form.values.start}
                  onChange={(d) => form.setFieldValue('start', d)}
                  withAsterisk
                  error={shown('start')}
                />
                <DateField
                  label={labels.end}
                  value={form.values.end}
                  onChange={(d) => form.setFieldValue('end', d)}
                  withAsterisk
                  error={shown('end')}
                />
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
              {...form.getInputProps('reason')}
              autosize
              minRows={2}
              withAsterisk
              error={shown('reason')}
              maxLength={2000}
            />
          )}
          {needs.has('outcome') && (
            <Textarea
              label={labels.outcome}
              description={t('dispatch.move.outcomeHint')}
              {...form.getInputProps('outcome')}
              autosize
              minRows={5}
              maxRows={16}
              withAsterisk
              error={shown('outcome')}
            />
          )}
          <DateField
            label={labels.on}
            description={t('dispatch.move.onHint', { date: request.stateChangedOn })}
            value={form.values.on}
            onChange={(d) => form.setFieldValue('on', d)}
            withAsterisk
            error={shown('on')}
            data-testid="move-on"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={requestClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={saver.saving}
              color={move.to === 'declined' || move.to === 'cancelled' ? 'red.9' : undefined}
              data-testid="move-submit"
            >
              {t(`dispatch.move.button.${move.to}`)}
            </Button>
          </Group>
        </SaveForm>
      )}
    </FormModal>
  );
}
