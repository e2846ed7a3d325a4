// Where a request stands on its path (workflow.ts HAPPY_PATH). The steps reached are ticked with their
// date; a declined or cancelled request stops where it was, and says so in words below the steps.
import { Alert, Stepper } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../shared/specialist-dispatch/schema';
import { HAPPY_PATH, type RequestState } from '../../../../shared/specialist-dispatch/workflow';
import { stateText } from '../labels';

/** The index of the step to show as current: the one after the last step of the path reached. */
export function activeStep(state: RequestState, reached: readonly RequestState[]): number {
  if (state === 'completed') return HAPPY_PATH.length;
  const on = HAPPY_PATH.indexOf(state);
  if (on >= 0) return on + 1;
  // Declined or cancelled: stopped after the furthest step reached.
  return Math.max(0, ...reached.map((s) => HAPPY_PATH.indexOf(s) + 1));
}

export function WorkflowStepper({ detail }: { detail: RequestDetail }) {
  const { t } = useTranslation();
  const { request, transitions } = detail;
  const dateOf = new Map(transitions.map((tr) => [tr.to, tr.on]));
  const stopped = request.state === 'declined' || request.state === 'cancelled';
  const active = activeStep(
    request.state,
    transitions.map((tr) => tr.to),
  );
  return (
    <div data-testid="workflow">
      <Stepper active={active} size="xs" color={stopped ? 'gray' : 'teal'} allowNextStepsSelect={false} wrap>
        {HAPPY_PATH.map((s, i) => (
          <Stepper.Step
            key={s}
            label={stateText(t, s)}
            description={i < active ? (dateOf.get(s) ?? '') : undefined}
            data-testid={`step-${s}`}
            data-done={i < active || undefined}
          />
        ))}
      </Stepper>
      {stopped && (
        <Alert
          mt="sm"
          color={request.state === 'declined' ? 'orange' : 'red'}
          c="dark.7"
          icon={<IconX aria-hidden />}
          title={t(`dispatch.request.stopped.${request.state}`, { date: request.stateChangedOn })}
          data-testid="request-stopped"
        >
          {request.reason}
        </Alert>
      )}
    </div>
  );
}
