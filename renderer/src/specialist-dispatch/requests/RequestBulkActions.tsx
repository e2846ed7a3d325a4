// What staff can do to the requests selected on the list: one workflow move (start the review, approve,
// decline, record the agreement, cancel) dated once, with the reason a decline or cancellation keeps,
// and an export of the selection. The confirmation names the requests; the core moves every one of
// them or none, and names each request that cannot move.
import { Button, Radio, Stack, Text, Textarea } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../shared/fiscal-year';
import {
  BULK_REQUEST_STATES,
  type RequestSelection,
  type RequestSummary,
} from '../../../../shared/specialist-dispatch/schema';
import { allowedTransitions, TRANSITION_NEEDS } from '../../../../shared/specialist-dispatch/workflow';
import { api } from '../../api/client';
import { notifySaved } from '../../i18n/notify';
import { ExportMenu } from '../../ui/exports/ExportMenu';
import { DateField } from '../../ui/forms/DateField';
import { BulkBar } from '../../ui/lists/BulkBar';
import { BulkConfirm } from '../../ui/lists/BulkConfirm';
import type { BulkSelection } from '../../ui/lists/useBulkSelection';
import { stateText } from '../labels';
import { useInvalidateDispatch } from '../queries';
import { type RequestListState, toFilterQuery } from './listParams';

type Target = (typeof BULK_REQUEST_STATES)[number];

interface Props {
  selection: BulkSelection<RequestSummary, RequestSelection>;
  state: RequestListState;
}

export function RequestBulkActions({ selection, state }: Props) {
  const { t } = useTranslation();
  const refresh = useInvalidateDispatch();
  const [open, setOpen] = useState(false);
  const { count, choice: chosen } = selection;
  const names = selection.named.map((r) => r.reference);
  // On a state's tab, only the moves that state allows; on "all", every move a dialog can make.
  const targets = state.state
    ? BULK_REQUEST_STATES.filter((s) => allowedTransitions(state.state ?? 'received').includes(s))
    : [...BULK_REQUEST_STATES];
  return (
    <BulkBar selection={selection}>
      {targets.length > 0 && (
        <Button
          size="compact-sm"
          leftSection={<IconArrowRight size={14} aria-hidden />}
          onClick={() => setOpen(true)}
          data-testid="bulk-move"
        >
          {t('dispatch.bulk.move')}
        </Button>
      )}
      <ExportMenu
        testId="bulk-export"
        label={t('bulk.export')}
        make={(format, language) =>
          api().call('exports.requests', {
            format,
            language,
            query: toFilterQuery(state),
            ...(selection.allMatching ? {} : { ids: selection.ids }),
          })
        }
      />
      {open && targets[0] && (
        <MoveDialog
          count={count}
          names={names}
          targets={targets}
          onClose={() => setOpen(false)}
          onConfirm={async (to, on, reason) => {
            const r = await api().call('specialistDispatch.requests.bulk.transition', {
              selection: chosen,
              to,
              on,
              reason,
            });
            await refresh();
            selection.clear();
            notifySaved(t('dispatch.bulk.moved', { count: r.changed, state: stateText(t, to) }));
          }}
        />
      )}
    </BulkBar>
  );
}

interface DialogProps {
  count: number;
  names: string[];
  targets: Target[];
  onClose: () => void;
  onConfirm: (to: Target, on: string, reason: string | null) => Promise<void>;
}

function MoveDialog({ targets, onConfirm, ...common }: DialogProps) {
  const { t } = useTranslation();
  const [to, setTo] = useState<Target>(targets[0] ?? 'under_review');
  const [on, setOn] = useState<string | null>(todayIso());
  const [reason, setReason] = useState('');
  const needsReason = TRANSITION_NEEDS[to].includes('reason');
  // A change is recorded once it has happened: a later date is not offered (the core would ask).
  const dateOk = on !== null && /^\d{4}-\d{2}-\d{2}$/.test(on) && on <= todayIso();
  return (
    <BulkConfirm
      opened
      {...common}
      words="dispatch.bulk.requests"
      statusKey="dispatch.state"
      title={t('dispatch.bulk.moveTitle')}
      confirmLabel={t('dispatch.bulk.moveGo', { count: common.count, state: stateText(t, to) })}
      confirmColor={to === 'cancelled' || to === 'declined' ? 'red' : undefined}
      ready={dateOk && (!needsReason || reason.trim() !== '')}
      onConfirm={() => onConfirm(to, on ?? '', needsReason ? reason.trim() : null)}
    >
      <Radio.Group label={t('dispatch.bulk.to')} value={to} onChange={(v) => setTo(v as Target)}>
        <Stack gap={4} mt={4}>
          {targets.map((s) => (
            <Radio key={s} value={s} label={stateText(t, s)} data-testid={`bulk-to-${s}`} />
          ))}
        </Stack>
      </Radio.Group>
      <Text size="sm" c="dimmed">
        {t(`dispatch.move.intro.${to}`)} {t('dispatch.bulk.onHint')}
      </Text>
      <DateField label={t('dispatch.move.on')} value={on} onChange={setOn} required data-testid="bulk-on" />
      {needsReason && (
        <Textarea
          label={to === 'declined' ? t('dispatch.move.declineReason') : t('dispatch.move.cancelReason')}
          description={t('dispatch.bulk.reasonHint')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          required
          autosize
          minRows={2}
          maxRows={4}
          data-testid="bulk-reason"
        />
      )}
    </BulkConfirm>
  );
}
