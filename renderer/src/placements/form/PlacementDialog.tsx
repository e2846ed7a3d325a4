// The assign / change dialog, usable from a trainee's page (trainee fixed, host suggested) and from a
// host's page (host fixed, trainee searched). Left: who, when, where; right: what the check found,
// the acceptance of warnings, and the details.
import { Alert, Button, Grid, Group, Modal, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/format';
import { DateField } from '../../trainees/form/DateField';
import { durationText, type HostName, hostName, useLocalizeParams } from '../text';
import { CheckPanel } from './CheckPanel';
import { HostSuggestions } from './HostSuggestions';
import { TraineePicker } from './TraineePicker';
import { type PlacementTarget, usePlacementForm } from './usePlacementForm';

interface Props {
  /** null: closed. */
  target: PlacementTarget | null;
  onClose: () => void;
  /** Hosts whose names may appear in messages (the trainee's other placements), for translation. */
  knownHosts?: HostName[];
}

export function PlacementDialog({ target, onClose, knownHosts }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const title = !target
    ? ''
    : target.mode === 'edit'
      ? t('placements.changeTitle', { name: target.placement.traineeName })
      : target.trainee
        ? t('placements.assignTitle', { name: target.trainee.fullName })
        : t('placements.assignHostTitle', { host: target.host ? hostName(target.host, lang) : '' });
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={
        <Title order={2} size="h4">
          {title}
        </Title>
      }
      size={1100}
      centered
      closeButtonProps={{ 'aria-label': t('placements.close') }}
    >
      {target && <PlacementFormBody target={target} onClose={onClose} knownHosts={knownHosts ?? []} />}
    </Modal>
  );
}

/**
 * A date inside the dialog. While its calendar is open, Escape closes the calendar only: the modal
 * skips Escape from an element marked data-mantine-stop-propagation.
 */
function PeriodDate(props: {
  label: string;
  value: string | null;
  onChange: (v: string | null) => void;
  testId: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <DateField
      label={props.label}
      withAsterisk
      value={props.value}
      onChange={props.onChange}
      popoverProps={{ onOpen: () => setOpen(true), onClose: () => setOpen(false) }}
      data-mantine-stop-propagation={open ? 'true' : undefined}
      data-testid={props.testId}
    />
  );
}

function PlacementFormBody({
  target,
  onClose,
  knownHosts,
}: {
  target: PlacementTarget;
  onClose: () => void;
  knownHosts: HostName[];
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const form = usePlacementForm(target, onClose);
  const { values } = form;
  const hosts = [...knownHosts, ...(form.suggestions.data?.hosts ?? []), ...(values.host ? [values.host] : [])];
  const localize = useLocalizeParams(hosts);

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void form.save();
      }}
      data-testid="placement-dialog"
    >
      {form.stale && (
        <Alert color="red" mb="md" data-testid="placement-stale">
          {t('placements.stale')}
        </Alert>
      )}
      <Grid gap="xl">
        <Grid.Col span={7}>
          <Stack gap="md">
            {target.mode === 'create' && !target.trainee && (
              <TraineePicker value={values.trainee} onChange={(trainee) => form.set({ trainee })} />
            )}
            <div>
              <Group grow align="flex-start">
                <PeriodDate
                  label={t('placements.field.start')}
                  value={values.start}
                  onChange={(start) => form.set({ start })}
                  testId="placement-start"
                />
                <PeriodDate
                  label={t('placements.field.end')}
                  value={values.end}
                  onChange={(end) => form.set({ end })}
                  testId="placement-end"
                />
              </Group>
              <Text size="xs" c="dimmed" mt={4}>
                {t('placements.hint.period')}
                {form.period.valid && form.period.start && form.period.end && form.period.start <= form.period.end
                  ? ` · ${durationText(t, form.period.start, form.period.end)}`
                  : ''}
              </Text>
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
              label={t('placements.field.supervisor')}
              description={t('placements.hint.supervisor')}
              maxLength={200}
              value={values.supervisor}
              onChange={(e) => form.set({ supervisor: e.currentTarget.value })}
            />
            <Textarea
              label={t('placements.field.notes')}
              autosize
              minRows={2}
              maxRows={6}
              maxLength={4000}
              value={values.notes}
              onChange={(e) => form.set({ notes: e.currentTarget.value })}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" disabled={form.blocked} loading={form.saving} data-testid="placement-save">
                {form.editing ? t('placements.saveChanges') : t('placements.save')}
              </Button>
            </Group>
          </Stack>
        </Grid.Col>
      </Grid>
    </form>
  );
}
