// The assign / change dialog, usable from a trainee's page (trainee fixed, host suggested) and from a
// host's page (host fixed, trainee searched). Left: who, when, where; right: what the check found,
// the acceptance of warnings, and the details.
import { Button, Grid, Group, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../../../shared/forms/problems';
import { fyLabel, useLang } from '../../i18n/format';
import { errorText } from '../../i18n/messages';
import { DateField } from '../../ui/forms/DateField';
import { FormProblems } from '../../ui/forms/FormProblems';
import { keepMine, StaleChanges, staleRows } from '../../ui/forms/StaleChanges';
import { WarningsDialog } from '../../ui/forms/WarningsDialog';
import { DraftOffer } from '../../ui/guard/DraftOffer';
import { FormModal } from '../../ui/guard/FormModal';
import { durationText, type HostName, hostName, refusalText, useLocalizeParams, warningSentence } from '../text';
import { CheckPanel } from './CheckPanel';
import { HostSuggestions } from './HostSuggestions';
import { TraineePicker } from './TraineePicker';
import { type PlacementForm, type PlacementTarget, type PlacementValues, usePlacementForm } from './usePlacementForm';

interface Props {
  /** null: closed. */
  target: PlacementTarget | null;
  onClose: () => void;
  /** Hosts whose names may appear in messages (the trainee's other placements), for translation. */
  knownHosts?: HostName[];
}

export function PlacementDialog(props: Props) {
  // Mounted afresh on each opening, so it starts from the placement as it is now.
  return props.target ? <OpenDialog {...props} target={props.target} /> : null;
}

function OpenDialog({ target, onClose, knownHosts }: Props & { target: PlacementTarget }) {
  const { t } = useTranslation();
  const lang = useLang();
  const form = usePlacementForm(target, onClose);
  const title =
    target.mode === 'edit'
      ? t('placements.changeTitle', { name: target.placement.traineeName })
      : target.trainee
        ? t('placements.assignTitle', { name: target.trainee.fullName })
        : t('placements.assignHostTitle', { host: target.host ? hostName(target.host, lang) : '' });
  return (
    <FormModal
      opened
      onClose={onClose}
      unsaved={form.guard.unsaved}
      onDiscard={form.guard.forget}
      title={
        <Title order={2} size="h4">
          {title}
        </Title>
      }
      size={1100}
      centered
    >
      {(cancel) => <PlacementFormBody form={form} target={target} onCancel={cancel} knownHosts={knownHosts ?? []} />}
    </FormModal>
  );
}

const FIELDS = ['traineeId', 'start', 'end', 'hostId', 'supervisor', 'notes', 'reason'];
/** The summary links each problem to its input. */
const fieldId = (key: string) => `placement-${key}`;

function PlacementFormBody({
  form,
  target,
  onCancel,
  knownHosts,
}: {
  form: PlacementForm;
  target: PlacementTarget;
  onCancel: () => void;
  knownHosts: HostName[];
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { values, saver } = form;
  const hosts = [...knownHosts, ...(form.suggestions.data?.hosts ?? []), ...(values.host ? [values.host] : [])];
  const localize = useLocalizeParams(hosts);
  const label = (key: string) =>
    key === 'reason'
      ? t('placements.check.reason')
      : t(`placements.field.${key.replace(/Id$/, '')}`, { defaultValue: key });
  const problemText = (key: string, p: Problem) =>
    t(`validation.${p.code}`, { field: label(key), ...localize(p.params), defaultValue: p.code });
  const problems = Object.entries(saver.problems);
  const items = [...problems]
    .sort(([a], [b]) => FIELDS.indexOf(a) - FIELDS.indexOf(b))
    .map(([key, p]) => ({ id: fieldId(key), text: problemText(key, p) }));
  const fieldError = (key: string) => {
    const p = saver.problems[key];
    if (p) return problemText(key, p);
    // The live check's refusal about this date (a last day before the first) is said on the field too.
    const refusal = form.check.refusals.find((r) => r.path === key);
    return refusal ? refusalText(t, refusal, localize) : undefined;
  };
  const failure = saver.error && problems.length === 0 ? errorText(t, saver.error) : null;

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        form.save();
      }}
      data-testid="placement-dialog"
    >
      <Stack gap="xs" mb={form.guard.draft || saver.stale || failure || items.length > 0 ? 'md' : 0}>
        {JSON.stringify(values) === JSON.stringify(form.base) && (
          <DraftOffer
            draft={form.guard.draft}
            currentVersion={form.editing?.version ?? null}
            onRestore={form.restore}
            onDiscard={form.guard.forget}
          />
        )}
        <FormProblems stale={<StalePanel form={form} />} error={failure} items={items} />
      </Stack>
      <Grid gap="xl">
        <Grid.Col span={7}>
          <Stack gap="md">
            {target.mode === 'create' && !target.trainee && (
              <TraineePicker
                id={fieldId('traineeId')}
                value={values.trainee}
                onChange={(trainee) => form.set({ trainee })}
              />
            )}
            <div>
              <Group grow align="flex-start">
                <DateField
                  id={fieldId('start')}
                  label={t('placements.field.start')}
                  withAsterisk
                  value={values.start}
                  onChange={(start) => form.set({ start })}
                  error={fieldError('start')}
                  data-testid="placement-start"
                />
                <DateField
                  id={fieldId('end')}
                  label={t('placements.field.end')}
                  withAsterisk
                  value={values.end}
                  onChange={(end) => form.set({ end })}
                  error={fieldError('end')}
                  data-testid="placement-end"
                />
              </Group>
              <Text size="xs" c="dimmed" mt={4}>
                {form.period.valid && form.period.start && form.period.end && form.period.start <= form.period.end
                  ? t('placements.hint.periodWithLength', {
                      hint: t('placements.hint.period'),
                      length: durationText(t, form.period.start, form.period.end),
                    })
                  : t('placements.hint.period')}
              </Text>
              <PrefillHint form={form} />
            </div>
            {form.fixedHost && values.host ? (
              <div>
                <Text size="sm" fw={500}>
                  {t('placements.field.host')}
                </Text>
                <Text fw={600}>{hostName(values.host, lang)}</Text>
                <Text size="xs" c="dimmed">
                  {t('placements.hint.host')}
                </Text>
              </div>
            ) : (
              <HostSuggestions form={form} localize={localize} />
            )}
          </Stack>
        </Grid.Col>
        {/* The findings and Save stay in view while the person scrolls through the hosts. */}
        <Grid.Col span={5} style={{ position: 'sticky', top: 64, alignSelf: 'flex-start' }}>
          <Stack gap="md">
            <CheckPanel form={form} localize={localize} />
            <TextInput
              id={fieldId('supervisor')}
              label={t('placements.field.supervisor')}
              description={t('placements.hint.supervisor')}
              maxLength={200}
              value={values.supervisor}
              onChange={(e) => form.set({ supervisor: e.currentTarget.value })}
              error={fieldError('supervisor')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
            />
            <Textarea
              id={fieldId('notes')}
              label={t('placements.field.notes')}
              autosize
              minRows={2}
              maxRows={6}
              maxLength={4000}
              value={values.notes}
              onChange={(e) => form.set({ notes: e.currentTarget.value })}
              error={fieldError('notes')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onCancel}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" disabled={form.blocked} loading={saver.saving} data-testid="placement-save">
                {form.editing ? t('placements.saveChanges') : t('placements.save')}
              </Button>
            </Group>
          </Stack>
        </Grid.Col>
      </Grid>
      <WarningsDialog
        saver={saver}
        withReason
        say={(w) => warningSentence(t, w, localize)}
        onCancel={() => {
          saver.dismissWarnings();
          form.recheck();
        }}
      />
    </form>
  );
}

/** Says where the offered dates came from, so a person knows what to check before saving. */
function PrefillHint({ form }: { form: PlacementForm }) {
  const { t } = useTranslation();
  const lang = useLang();
  const p = form.prefill;
  if (p) {
    const from = t(`placements.prefill.from.${p.startFrom}`, { date: p.startBasis });
    const to = t(`placements.prefill.to.${p.endFrom}`, { date: p.endBasis });
    return (
      <Text size="xs" c="blue.9" mt={4} data-testid="placement-prefill">
        {t('placements.prefill.hint', { from, to })}
      </Text>
    );
  }
  const none = form.noPrefill;
  if (!none) return null;
  return (
    <Text size="xs" c="dimmed" mt={4} data-testid="placement-prefill-none">
      {none.fiscalYear === null
        ? t('placements.prefill.noneUnknown')
        : t('placements.prefill.none', { fy: fyLabel(none.fiscalYear, lang) })}
    </Text>
  );
}

/** Someone else saved the placement first: the person's edits beside the saved ones, to choose. */
function StalePanel({ form }: { form: PlacementForm }) {
  const { t } = useTranslation();
  const lang = useLang();
  const saved = form.savedNow;
  if (!form.saver.stale || !saved) return null;
  // The acceptance is the person's own, not part of the record: it is kept, never compared.
  const record = ({ ack: _a, reason: _r, ...v }: PlacementValues) => v;
  const show = (_key: string, v: unknown): string => {
    if (v && typeof v === 'object' && 'nameEn' in v) return hostName(v as HostName, lang);
    if (v && typeof v === 'object' && 'fullName' in v) return (v as { fullName: string }).fullName;
    return v === null || v === undefined ? '' : String(v);
  };
  const edits = { mine: form.values, base: form.base, saved: { ...saved, ack: false, reason: '' } };
  const rows = staleRows(
    { mine: record(edits.mine), base: record(edits.base), saved: record(edits.saved) },
    (key) => t(`placements.field.${key}`, { defaultValue: key }),
    show,
  );
  return (
    <StaleChanges
      rows={rows}
      onKeepMine={() => form.settle(keepMine(edits))}
      onTakeSaved={() => form.settle({ ...edits.saved, ack: form.values.ack, reason: form.values.reason })}
    />
  );
}
