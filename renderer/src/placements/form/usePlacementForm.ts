// The state of the assign / change dialog: what the person entered, the live check and the host
// suggestions it drives (both debounced, so typing a date does not fire a request per key), whether
// it may be saved, and the save itself with the core's answer sorted out.
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../../../shared/fiscal-year';
import type { Placement } from '../../../../shared/placements/schema';
import type { FieldIssue } from '../../../../shared/result';
import { api } from '../../api/client';
import { useLang } from '../../i18n/format';
import { errorOf } from '../../i18n/messages';
import { notifyError, notifySaved } from '../../i18n/notify';
import { useInvalidatePlacements, usePlacementCheck, useSuggestions } from '../queries';
import { type HostName, hostName } from '../text';

export interface HostRef extends HostName {
  id: number;
}

export interface TraineeRef {
  id: number;
  fullName: string;
  ref?: string;
}

export type PlacementTarget =
  | { mode: 'create'; trainee?: TraineeRef; host?: HostRef }
  | { mode: 'edit'; placement: Placement };

const FIRST_LIMIT = 6;
const DEBOUNCE_MS = 250;

function initial(target: PlacementTarget) {
  if (target.mode === 'edit') {
    const p = target.placement;
    return {
      trainee: { id: p.traineeId, fullName: p.traineeName, ref: p.traineeRef } as TraineeRef | null,
      host: { id: p.hostId, nameEn: p.hostNameEn, nameJa: p.hostNameJa } as HostRef | null,
      start: p.start as string | null,
      end: p.end as string | null,
      supervisor: p.supervisor ?? '',
      notes: p.notes ?? '',
    };
  }
  return {
    trainee: target.trainee ?? null,
    host: target.host ?? null,
    start: null,
    end: null,
    supervisor: '',
    notes: '',
  };
}

export function usePlacementForm(target: PlacementTarget, onDone: () => void) {
  const { t } = useTranslation();
  const lang = useLang();
  const invalidate = useInvalidatePlacements();
  const editing = target.mode === 'edit' ? target.placement : null;
  const [values, setValues] = useState(() => initial(target));
  const [ack, setAck] = useState(false);
  const [reason, setReason] = useState('');
  const [prefecture, setPrefecture] = useState<number | null>(null);
  const [limit, setLimit] = useState(FIRST_LIMIT);
  const [saving, setSaving] = useState(false);
  const [stale, setStale] = useState(false);
  const [serverIssues, setServerIssues] = useState<FieldIssue[]>([]);
  const [triedSave, setTriedSave] = useState(false);

  const set = (patch: Partial<typeof values>) => {
    setValues((v) => ({ ...v, ...patch }));
    setServerIssues([]);
  };

  const start = values.start && isIsoDate(values.start) ? values.start : null;
  const end = values.end && isIsoDate(values.end) ? values.end : null;
  const traineeId = values.trainee?.id ?? null;
  const hostId = values.host?.id ?? null;
  const excludeId = editing?.id;

  const now = { traineeId, hostId, start, end };
  const [settled] = useDebouncedValue(now, DEBOUNCE_MS);
  const settledKey = JSON.stringify(settled);
  const typing = settledKey !== JSON.stringify(now);

  const checkInput =
    settled.traineeId && settled.hostId && settled.start && settled.end
      ? {
          ...settled,
          traineeId: settled.traineeId,
          hostId: settled.hostId,
          start: settled.start,
          end: settled.end,
          excludeId,
        }
      : null;
  const check = usePlacementCheck(checkInput);

  const fixedHost = target.mode === 'create' && target.host !== undefined;
  const periodOk = settled.start !== null && settled.end !== null && settled.start <= settled.end;
  const suggestInput =
    !fixedHost && settled.traineeId && periodOk
      ? {
          traineeId: settled.traineeId,
          start: settled.start as string,
          end: settled.end as string,
          prefecture: prefecture ?? undefined,
          excludeId,
          limit,
        }
      : null;
  const suggestions = useSuggestions(suggestInput);

  const complete = traineeId !== null && hostId !== null && start !== null && end !== null;
  // The check on screen belongs to exactly what is entered now (not to a value still being typed).
  const checked = complete && !typing && !check.isFetching && !check.isPlaceholderData && check.data !== undefined;
  const result = checked ? check.data : undefined;
  const warnings = result?.warnings ?? [];
  const refusals = [...(result?.refusals ?? []), ...serverIssues];

  // Editing notes of a placement whose warnings were accepted before does not ask again (as the core).
  const samePeriod = editing !== null && hostId === editing.hostId && start === editing.start && end === editing.end;
  const keptReason =
    samePeriod && editing?.overrideReason && warnings.every((w) => editing.overrides.includes(w.code))
      ? editing.overrideReason
      : null;
  const needsAck = warnings.length > 0 && keptReason === null;
  const reasonMissing = needsAck && reason.trim() === '';
  // Refusals block the button; a missing tick or reason is said next to the box when Save is pressed.
  const blocked = !checked || refusals.length > 0 || saving || stale;

  const save = async () => {
    setTriedSave(true);
    if (blocked || !complete || (needsAck && (!ack || reasonMissing))) return;
    setSaving(true);
    const confirm = needsAck && ack;
    const acceptance = { confirm, reason: confirm ? reason.trim() : null };
    const details = { supervisor: values.supervisor.trim() || null, notes: values.notes.trim() || null };
    try {
      const saved = editing
        ? await api().call('placements.update', {
            id: editing.id,
            version: editing.version,
            data: { hostId, start, end, ...details },
            ...acceptance,
          })
        : await api().call('placements.create', { traineeId, hostId, start, end, ...details, ...acceptance });
      await invalidate();
      const p = saved.placement;
      const words = { name: p.traineeName, host: hostName({ nameEn: p.hostNameEn, nameJa: p.hostNameJa }, lang) };
      notifySaved(editing ? t('placements.changed', words) : t('placements.saved', { ...words, start, end }));
      onDone();
    } catch (error) {
      const e = errorOf(error);
      if (e.code === 'stale') setStale(true);
      else if (e.issues?.length) setServerIssues(e.issues.filter((i) => i.code !== 'reason_required'));
      // needs_confirmation: warnings appeared since the check ran; re-checking shows them.
      if (e.code === 'needs_confirmation') await invalidate();
      if (e.code !== 'stale') notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  return {
    editing,
    fixedHost,
    values,
    set,
    period: { start, end, valid: start !== null && end !== null },
    ack,
    setAck,
    reason,
    setReason,
    prefecture,
    setPrefecture,
    limit,
    showMore: () => setLimit((l) => Math.min(l + 10, 50)),
    check: {
      state: !complete ? 'incomplete' : check.isError && !typing ? 'error' : checked ? 'done' : 'checking',
      refusals,
      warnings,
      notices: result?.notices ?? [],
    } as const,
    suggestions,
    suggestInput,
    keptReason,
    needsAck,
    ackError: triedSave && needsAck && !ack,
    reasonError: triedSave && ack && reasonMissing,
    blocked,
    saving,
    stale,
    save,
  };
}

export type PlacementForm = ReturnType<typeof usePlacementForm>;
