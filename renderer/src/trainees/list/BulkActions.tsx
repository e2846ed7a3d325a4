// What staff can do to the trainees selected on the list: a lifecycle move with one reason, a cohort,
// archive or restore, an export of the selection and one PDF of their reports. Each opens a
// confirmation that names the trainees; the core does it for every one of them or for none.
import { Button, Radio, Select, Stack, Text, Textarea } from '@mantine/core';
import { IconArchive, IconArrowRight, IconPrinter, IconRestore, IconUsersGroup } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { canTransition } from '../../../../shared/cohorts/lifecycle';
import { todayIso } from '../../../../shared/fiscal-year';
import { TRAINEES_REPORT_MAX } from '../../../../shared/reports/schema';
import {
  TRAINEE_STATUSES,
  type TraineeSelection,
  type TraineeStatus,
  type TraineeSummary,
} from '../../../../shared/trainees/schema';
import { api } from '../../api/client';
import { useInvalidateTrainees } from '../../api/trainees';
import { useCohortSpans } from '../../api/working-year';
import { notifySaved } from '../../i18n/notify';
import { ExportMenu } from '../../ui/exports/ExportMenu';
import { DateField } from '../../ui/forms/DateField';
import { BulkBar } from '../../ui/lists/BulkBar';
import { BulkConfirm } from '../../ui/lists/BulkConfirm';
import type { BulkSelection } from '../../ui/lists/useBulkSelection';
import { type ListState, toQuery } from './listParams';

/** Where a bulk move may go: every status after the first (the core checks each trainee's own). */
const TARGETS = TRAINEE_STATUSES.filter((s) => s !== 'applicant');

/** The statuses at least one of the chosen trainees can move to (all, when the rows are not all known). */
function reachable(rows: TraineeSummary[] | null): TraineeStatus[] {
  if (rows === null) return TARGETS;
  const some = TARGETS.filter((to) => rows.some((r) => canTransition(r.status, to)));
  return some.length > 0 ? some : TARGETS;
}

/** What the status dialog holds: kept when it closes, so a refusal costs no retyping. */
interface StatusDraft {
  to: TraineeStatus | null;
  date: string | null;
  reason: string;
}
const freshDraft = (): StatusDraft => ({ to: null, date: todayIso(), reason: '' });

interface Props {
  selection: BulkSelection<TraineeSummary, TraineeSelection>;
  state: ListState;
}

type Dialog = 'status' | 'cohort' | 'archive' | null;

export function BulkActions({ selection, state }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const refreshTrainees = useInvalidateTrainees();
  const client = useQueryClient();
  // The cohorts count their trainees and statuses: they change with a move or a cohort too.
  const refresh = () => Promise.all([refreshTrainees(), client.invalidateQueries({ queryKey: ['cohorts'] })]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [statusDraft, setStatusDraft] = useState<StatusDraft>(freshDraft);
  const { count, choice: chosen } = selection;
  const { page: _page, pageSize: _size, ...query } = toQuery(state);
  const names = selection.named.map((r) => r.fullName);
  const restoring = state.show === 'archived';
  const done = async (message: string) => {
    await refresh();
    selection.clear();
    notifySaved(message);
  };
  const common = { words: 'list.bulk.records', count, names, onClose: () => setDialog(null) };
  return (
    <BulkBar selection={selection}>
      <Button
        size="compact-sm"
        leftSection={<IconArrowRight size={14} aria-hidden />}
        onClick={() => setDialog('status')}
        data-testid="bulk-status"
      >
        {t('list.bulk.changeStatus')}
      </Button>
      <Button
        size="compact-sm"
        variant="default"
        leftSection={<IconUsersGroup size={14} aria-hidden />}
        onClick={() => setDialog('cohort')}
        data-testid="bulk-cohort"
      >
        {t('list.bulk.assignCohort')}
      </Button>
      <Button
        size="compact-sm"
        variant="default"
        leftSection={restoring ? <IconRestore size={14} aria-hidden /> : <IconArchive size={14} aria-hidden />}
        onClick={() => setDialog('archive')}
        data-testid="bulk-archive"
      >
        {restoring ? t('bulk.restore') : t('bulk.archive')}
      </Button>
      <ExportMenu
        testId="bulk-export"
        label={t('bulk.export')}
        make={(format, language) =>
          api().call('exports.trainees', {
            format,
            language,
            query,
            ...(selection.allMatching ? {} : { ids: selection.ids }),
          })
        }
      />
      {!selection.allMatching && (
        <Button
          size="compact-sm"
          variant="default"
          leftSection={<IconPrinter size={14} aria-hidden />}
          onClick={() => navigate(`/print/trainees?ids=${selection.ids.join(',')}`)}
          disabled={count > TRAINEES_REPORT_MAX}
          title={count > TRAINEES_REPORT_MAX ? t('list.printTooMany', { max: TRAINEES_REPORT_MAX }) : undefined}
          data-testid="trainees-print-reports"
        >
          {t('list.printReports', { count })}
        </Button>
      )}
      {dialog === 'status' && (
        <StatusDialog
          {...common}
          targets={reachable(selection.allMatching ? null : selection.rows)}
          draft={statusDraft}
          onDraft={setStatusDraft}
          onConfirm={async (to, date, reason) => {
            const r = await api().call('cohorts.trainees.bulkTransition', { selection: chosen, to, date, reason });
            setStatusDraft(freshDraft());
            await done(t('list.bulk.statusDone', { count: r.changed, status: t(`trainee.status.${to}`) }));
          }}
        />
      )}
      {dialog === 'cohort' && (
        <CohortDialog
          {...common}
          onConfirm={async (fiscalYear, confirm) => {
            const r = await api().call('cohorts.trainees.bulkAssign', { selection: chosen, fiscalYear, confirm });
            await done(t('list.bulk.cohortDone', { count: r.changed, fiscalYear }));
          }}
        />
      )}
      {dialog === 'archive' && (
        <BulkConfirm
          opened
          {...common}
          title={restoring ? t('list.bulk.restoreTitle') : t('list.bulk.archiveTitle')}
          confirmLabel={restoring ? t('list.bulk.restoreGo', { count }) : t('list.bulk.archiveGo', { count })}
          confirmColor={restoring ? undefined : 'red'}
          onConfirm={async () => {
            const r = await api().call('trainees.bulk.archive', { selection: chosen, archived: !restoring });
            await done(
              restoring ? t('list.bulk.restored', { count: r.changed }) : t('list.bulk.archived', { count: r.changed }),
            );
          }}
        >
          <Text size="sm">{restoring ? t('list.bulk.restoreText') : t('list.bulk.archiveText')}</Text>
        </BulkConfirm>
      )}
    </BulkBar>
  );
}

interface DialogProps {
  words: string;
  count: number;
  names: string[];
  onClose: () => void;
}

function StatusDialog({
  onConfirm,
  targets,
  draft,
  onDraft,
  ...common
}: DialogProps & {
  targets: TraineeStatus[];
  draft: StatusDraft;
  onDraft: (draft: StatusDraft) => void;
  onConfirm: (to: TraineeStatus, date: string, reason: string | null) => Promise<void>;
}) {
  const { t } = useTranslation();
  const { date, reason } = draft;
  // No status is chosen for the person: a slip of Enter must not move everyone anywhere.
  const to = draft.to !== null && targets.includes(draft.to) ? draft.to : null;
  const set = (patch: Partial<StatusDraft>) => onDraft({ ...draft, ...patch });
  const needsReason = to === 'withdrawn' && reason.trim() === '';
  return (
    <BulkConfirm
      opened
      {...common}
      title={t('list.bulk.statusTitle')}
      confirmLabel={
        to === null
          ? t('list.bulk.statusChoose')
          : t('list.bulk.statusGo', { count: common.count, status: t(`trainee.status.${to}`) })
      }
      ready={to !== null && date !== null && !needsReason}
      onConfirm={() =>
        to === null ? Promise.resolve() : onConfirm(to, date ?? '', reason.trim() === '' ? null : reason.trim())
      }
    >
      <Radio.Group label={t('lifecycle.to')} value={to} onChange={(v) => set({ to: v as TraineeStatus })}>
        <Stack gap={4} mt={4}>
          {targets.map((s) => (
            <Radio key={s} value={s} label={t(`trainee.status.${s}`)} data-testid={`bulk-to-${s}`} />
          ))}
        </Stack>
      </Radio.Group>
      <DateField label={t('lifecycle.date')} value={date} onChange={(d) => set({ date: d })} required />
      <Textarea
        label={t('list.bulk.reason')}
        description={t('list.bulk.reasonHint')}
        value={reason}
        onChange={(e) => set({ reason: e.currentTarget.value })}
        required={to === 'withdrawn'}
        autosize
        minRows={2}
        maxRows={4}
        data-testid="bulk-reason"
      />
    </BulkConfirm>
  );
}

function CohortDialog({
  onConfirm,
  ...common
}: DialogProps & { onConfirm: (fiscalYear: number, confirm: boolean) => Promise<void> }) {
  const { t } = useTranslation();
  const cohorts = useCohortSpans();
  const [year, setYear] = useState<string | null>(null);
  const data = (cohorts.data?.cohorts ?? []).map((c) => ({ value: String(c.fiscalYear), label: `FY${c.fiscalYear}` }));
  return (
    <BulkConfirm
      opened
      {...common}
      title={t('list.bulk.cohortTitle')}
      confirmLabel={t('list.bulk.cohortGo', { count: common.count })}
      ready={year !== null}
      choice={year}
      onConfirm={(confirmed) => onConfirm(Number(year), confirmed)}
    >
      <Select
        label={t('list.bulk.cohort')}
        description={t('list.bulk.cohortHint')}
        data={data}
        value={year}
        onChange={setYear}
        nothingFoundMessage={t('list.bulk.noCohorts')}
        comboboxProps={{ withinPortal: true }}
        data-testid="bulk-cohort-select"
      />
    </BulkConfirm>
  );
}
