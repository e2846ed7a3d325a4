// The state of the assign / change dialog: what the person entered, the live check and the host
// suggestions it drives (both debounced, so typing a date does not fire a request per key), whether
// it may be saved, and the save itself on the form kit (useSave: the core's answers sorted onto the
// form, warnings accepted with a reason, someone else's save reloaded; useUnsavedGuard: a draft).
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../../../shared/fiscal-year';
import { withoutChanged } from '../../../../shared/forms/problems';
import type { Placement } from '../../../../shared/placements/schema';
import { api } from '../../api/client';
import { useLang } from '../../i18n/format';
import { notifySaved } from '../../i18n/notify';
import { useUnsavedGuard } from '../../ui/guard/useUnsavedGuard';
import { type Confirmation, useSave } from '../../ui/save/useSave';
import { PLACEMENT_CHANGES, usePlacementCheck, useSuggestions, useTraineePlacements } from '../queries';
import { type HostName, hostName } from '../text';
import { usePrefill } from './usePrefill';

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

export type PlacementValues = {
  trainee: TraineeRef | null;
  host: HostRef | null;
  start: string | null;
  end: string | null;
  supervisor: string;
  notes: string;
  /** The acceptance of the warnings: the tick and the reason recorded with them. */
  ack: boolean;
  reason: string;
};

function valuesOf(p: Placement): PlacementValues {
  return {
    trainee: { id: p.traineeId, fullName: p.traineeName, ref: p.traineeRef },
    host: { id: p.hostId, nameEn: p.hostNameEn, nameJa: p.hostNameJa },
    start: p.start,
    end: p.end,
    supervisor: p.supervisor ?? '',
    notes: p.notes ?? '',
    ack: false,
    reason: '',
  };
}

function initial(target: PlacementTarget): PlacementValues {
  if (target.mode === 'edit') return valuesOf(target.placement);
  return {
    trainee: target.trainee ?? null,
    host: target.host ?? null,
    start: null,
    end: null,
    supervisor: '',
    notes: '',
    ack: false,
    reason: '',
  };
}

/** Where the dialog's draft is kept: the placement, or a new one on the trainee's or the host's page. */
function draftKey(target: PlacementTarget): string {
  if (target.mode === 'edit') return String(target.placement.id);
  if (target.trainee) return `${target.trainee.id}:new`;
  return `host-${target.host?.id ?? 0}:new`;
}

const iso = (d: string | null) => (d && isIsoDate(d) ? d : null);

interface SaveInput {
  values: PlacementValues;
  /** The tick and reason given in the check panel, sent as the acceptance. */
  confirm: boolean;
}

/** The placement being changed, as saved now: from the card's list, which a reload refreshes. */
function useSavedPlacement(editing: Placement | null) {
  const list = useTraineePlacements(editing?.traineeId ?? 0);
  const fresh = list.data?.find((p) => p.id === editing?.id);
  return { saved: fresh ?? editing, reload: () => list.refetch() };
}

/** What is entered, once the person has stopped typing for a moment. */
interface Settled {
  traineeId: number | null;
  hostId: number | null;
  start: string | null;
  end: string | null;
}

/** The live check asks once all four are entered. */
function checkInputOf(settled: Settled, excludeId: number | undefined) {
  const { traineeId, hostId, start, end } = settled;
  if (!traineeId || !hostId || !start || !end) return null;
  return { ...settled, traineeId, hostId, start, end, excludeId };
}

/** Host suggestions need the trainee and a period that runs forwards. */
function suggestInputOf(
  settled: Settled,
  options: { prefecture: number | null; excludeId: number | undefined; limit: number },
) {
  const { traineeId, start, end } = settled;
  if (!traineeId || start === null || end === null || start > end) return null;
  return {
    traineeId,
    start,
    end,
    prefecture: options.prefecture ?? undefined,
    excludeId: options.excludeId,
    limit: options.limit,
  };
}

/** Editing notes of a placement whose warnings were accepted before does not ask again (as the core). */
function keptReasonOf(
  editing: Placement | null,
  now: { hostId: number | null; start: string | null; end: string | null },
  warnings: readonly { code: string }[],
): string | null {
  if (editing === null || !editing.overrideReason) return null;
  const samePeriod = now.hostId === editing.hostId && now.start === editing.start && now.end === editing.end;
  return samePeriod && warnings.every((w) => editing.overrides.includes(w.code)) ? editing.overrideReason : null;
}

/**
 * The save: the placement changed, or a new one. The reason comes from the check panel, or from the
 * warnings dialog when the core found warnings the check had not shown yet (someone placed a trainee
 * at the host meanwhile).
 */
function sendPlacement({ values: v, confirm }: SaveInput, c: Confirmation, editing: Placement | null, version: number) {
  const accepted = c.confirm || confirm;
  const acceptance = { confirm: accepted, reason: accepted ? (c.reason ?? v.reason.trim()) : null };
  const details = { supervisor: v.supervisor.trim() || null, notes: v.notes.trim() || null };
  const period = { hostId: v.host?.id ?? 0, start: v.start ?? '', end: v.end ?? '' };
  return editing
    ? api().call('placements.update', { id: editing.id, version, data: { ...period, ...details }, ...acceptance })
    : api().call('placements.create', { traineeId: v.trainee?.id ?? 0, ...period, ...details, ...acceptance });
}

/** The check on screen belongs to exactly what is entered now (not to a value still being typed). */
function shownCheck(check: ReturnType<typeof usePlacementCheck>, complete: boolean, typing: boolean) {
  const checked = complete && !typing && !check.isFetching && !check.isPlaceholderData && check.data !== undefined;
  const result = checked ? check.data : undefined;
  return {
    checked,
    state: checkState(complete, check.isError && !typing, checked),
    refusals: result?.refusals ?? [],
    warnings: result?.warnings ?? [],
    notices: result?.notices ?? [],
  };
}

type CheckState = 'incomplete' | 'error' | 'done' | 'checking';

function checkState(complete: boolean, failed: boolean, checked: boolean): CheckState {
  if (!complete) return 'incomplete';
  if (failed) return 'error';
  return checked ? 'done' : 'checking';
}

export function usePlacementForm(target: PlacementTarget, onDone: () => void) {
  const { t } = useTranslation();
  const lang = useLang();
  const editing = target.mode === 'edit' ? target.placement : null;
  const { saved: savedNow, reload } = useSavedPlacement(editing);
  const [base, setBase] = useState(() => initial(target));
  const [values, setValues] = useState(base);
  const [version, setVersion] = useState(editing?.version ?? 0);
  const [prefecture, setPrefecture] = useState<number | null>(null);
  const [limit, setLimit] = useState(FIRST_LIMIT);
  const [triedSave, setTriedSave] = useState(false);
  // A new placement's dates are offered once per trainee chosen, never over dates the person entered.
  const prefill = usePrefill(target.mode === 'create' ? (values.trainee?.id ?? 0) : 0);
  const [prefilledFor, setPrefilledFor] = useState<number | null>(null);
  useEffect(() => {
    const who = values.trainee?.id ?? null;
    if (prefill.state !== 'ready' || who === null || prefilledFor === who) return;
    setPrefilledFor(who);
    if (values.start !== null || values.end !== null) return;
    const dates = { start: prefill.period.start, end: prefill.period.end };
    // On an untouched form the offer is the starting point, so closing it at once asks nothing.
    if (JSON.stringify(values) === JSON.stringify(base)) setBase({ ...base, ...dates });
    setValues({ ...values, ...dates });
  }, [prefill, prefilledFor, values, base]);

  const start = iso(values.start);
  const end = iso(values.end);
  const traineeId = values.trainee?.id ?? null;
  const hostId = values.host?.id ?? null;
  const excludeId = editing?.id;

  const now = { traineeId, hostId, start, end };
  const [settled] = useDebouncedValue(now, DEBOUNCE_MS);
  const settledKey = JSON.stringify(settled);
  const typing = settledKey !== JSON.stringify(now);

  const check = usePlacementCheck(checkInputOf(settled, excludeId));

  const fixedHost = target.mode === 'create' && target.host !== undefined;
  const suggestInput = fixedHost ? null : suggestInputOf(settled, { prefecture, excludeId, limit });
  const suggestions = useSuggestions(suggestInput);

  const complete = traineeId !== null && hostId !== null && start !== null && end !== null;
  const shown = shownCheck(check, complete, typing);
  const { checked, warnings, refusals } = shown;

  const keptReason = keptReasonOf(editing, { hostId, start, end }, warnings);
  const needsAck = warnings.length > 0 && keptReason === null;
  const reasonMissing = needsAck && values.reason.trim() === '';

  const save = () => {
    setTriedSave(true);
    if (blocked || !complete || (needsAck && (!values.ack || reasonMissing))) return;
    void saver.save({ values, confirm: needsAck && values.ack });
  };

  const guard = useUnsavedGuard({
    draft: { form: 'placement', key: draftKey(target) },
    values,
    dirty: JSON.stringify(values) !== JSON.stringify(base),
    baseVersion: editing ? version : null,
    onSave: save,
  });

  const saver = useSave({
    send: (input: SaveInput, c) => sendPlacement(input, c, editing, version),
    invalidates: () => PLACEMENT_CHANGES,
    onSaved: ({ placement: p }) => {
      const words = { name: p.traineeName, host: hostName({ nameEn: p.hostNameEn, nameJa: p.hostNameJa }, lang) };
      notifySaved(
        editing ? t('placements.changed', words) : t('placements.saved', { ...words, start: p.start, end: p.end }),
      );
      onDone();
    },
    reload,
    guard,
  });

  // Refusals block the button; a missing tick or reason is said next to the box when Save is pressed.
  const blocked = !checked || refusals.length > 0 || saver.saving || saver.stale;

  const set = (patch: Partial<PlacementValues>) => {
    const next = { ...values, ...patch };
    setValues(next);
    saver.setProblems((p) => withoutChanged(p, next, values));
  };

  /** After a stale answer: the person's edits over the saved placement, or the saved one as it is. */
  const settle = (next: PlacementValues) => {
    if (savedNow) {
      setBase(valuesOf(savedNow));
      setVersion(savedNow.version);
    }
    setValues(next);
    saver.resolveStale();
  };

  return {
    editing,
    fixedHost,
    values,
    set,
    /** What the person started from and the placement as saved now, for the stale comparison. */
    base,
    savedNow: savedNow ? valuesOf(savedNow) : null,
    settle,
    restore: (restored: PlacementValues) => {
      setValues({ ...values, ...restored });
      guard.restored(restored);
    },
    guard,
    saver,
    period: { start, end, valid: start !== null && end !== null },
    /** Where the offered dates came from, while the dates shown are still the offer. */
    prefill:
      prefill.state === 'ready' && values.start === prefill.period.start && values.end === prefill.period.end
        ? prefill.period
        : null,
    /** The trainee's cohort is missing, so no dates could be offered. */
    noPrefill: prefill.state === 'none' && values.start === null && values.end === null ? prefill : null,
    prefecture,
    setPrefecture,
    limit,
    showMore: () => setLimit((l) => Math.min(l + 10, 50)),
    check: { state: shown.state, refusals, warnings, notices: shown.notices } as const,
    /** Asks the check again (the core found warnings it had not shown). */
    recheck: () => void check.refetch(),
    suggestions,
    suggestInput,
    keptReason,
    needsAck,
    ackError: triedSave && needsAck && !values.ack,
    reasonError: triedSave && values.ack && reasonMissing,
    blocked,
    save,
  };
}

export type PlacementForm = ReturnType<typeof usePlacementForm>;
