// What the live check found, in words: refusals in red (nothing can save them; each says what to do),
// warnings in amber with the "I have checked these" box and the reason that is recorded with them.
import { Alert, Checkbox, Group, List, Loader, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconBan, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AMBER_TEXT, type Localize, refusalText, warningSentence } from '../text';
import type { PlacementForm } from './usePlacementForm';

export function CheckPanel({ form, localize }: { form: PlacementForm; localize: Localize }) {
  const { t } = useTranslation();
  const { state, refusals, warnings, notices } = form.check;

  if (state === 'incomplete') {
    return (
      <Text size="sm" c="dimmed" data-testid="placement-check">
        {t('placements.check.incomplete')}
      </Text>
    );
  }
  if (state === 'error') {
    return (
      <Alert color="red" data-testid="placement-check">
        {t('placements.check.failed')}
      </Alert>
    );
  }
  return (
    <div data-testid="placement-check" aria-live="polite" aria-busy={state === 'checking'}>
      {state === 'checking' && (
        <Group gap="xs" mb="xs">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            {t('placements.check.checking')}
          </Text>
        </Group>
      )}
      {state === 'done' && refusals.length === 0 && warnings.length === 0 && (
        <Group gap={6} data-testid="placement-ok">
          <IconCircleCheck size={18} color="var(--mantine-color-teal-8)" aria-hidden />
          <Text size="sm" c="teal.9">
            {t('placements.check.ok')}
          </Text>
        </Group>
      )}
      {refusals.length > 0 && (
        <Alert
          color="red"
          variant="light"
          mb="sm"
          icon={<IconBan size={18} aria-hidden />}
          title={t('placements.check.refusalsTitle')}
          data-testid="placement-refusals"
          styles={{ title: { color: 'var(--mantine-color-red-9)' } }}
        >
          <List size="sm" spacing={4}>
            {refusals.map((r) => (
              <List.Item key={`${r.code}-${JSON.stringify(r.params ?? {})}`} c="red.9">
                {refusalText(t, r, localize)}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {warnings.length > 0 && (
        <Alert
          color="orange"
          variant="light"
          mb="sm"
          icon={<IconAlertTriangle size={18} aria-hidden />}
          title={t('placements.check.warningsTitle')}
          data-testid="placement-warnings"
          styles={{ title: { color: AMBER_TEXT } }}
        >
          <List size="sm" spacing={4} mb={form.keptReason || !form.needsAck ? 0 : 'sm'}>
            {warnings.map((w) => (
              <List.Item key={w.code}>{warningSentence(t, w, localize)}</List.Item>
            ))}
          </List>
          {form.keptReason ? (
            <Text size="sm" mt="xs" fs="italic">
              {t('placements.check.keptReason', { reason: form.keptReason })}
            </Text>
          ) : (
            refusals.length === 0 && <Acceptance form={form} />
          )}
        </Alert>
      )}
      {notices.length > 0 && (
        <Alert color="gray" variant="light" mb="sm" icon={<IconInfoCircle size={18} aria-hidden />}>
          {notices.map((n) => (
            <Text key={n.code} size="sm">
              {warningSentence(t, n, localize)}
            </Text>
          ))}
        </Alert>
      )}
    </div>
  );
}

function Acceptance({ form }: { form: PlacementForm }) {
  const { t } = useTranslation();
  return (
    <>
      <Checkbox
        label={t('placements.check.ack')}
        checked={form.values.ack}
        onChange={(e) => form.set({ ack: e.currentTarget.checked })}
        error={form.ackError ? t('placements.check.ackMissing') : undefined}
        color="orange.9"
        mb="xs"
        data-testid="placement-ack"
      />
      <Textarea
        label={t('placements.check.reason')}
        description={t('placements.check.reasonHint')}
        withAsterisk
        autosize
        minRows={2}
        maxRows={6}
        maxLength={1000}
        id="placement-reason"
        value={form.values.reason}
        onChange={(e) => form.set({ reason: e.currentTarget.value })}
        error={form.reasonError ? t('placements.check.reasonMissing') : undefined}
        data-testid="placement-reason"
      />
    </>
  );
}
