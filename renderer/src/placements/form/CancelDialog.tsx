// Cancelling a placement: a reason is required and recorded; the row stays, greyed, for the record.
// On the form kit: saved through useSave (its answer shown in the dialog), guarded while a reason is typed.
import { Alert, Button, Group, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Problems, schemaProblems } from '../../../../shared/forms/problems';
import { type Placement, PlacementCancel } from '../../../../shared/placements/schema';
import { api } from '../../api/client';
import { useLang } from '../../i18n/format';
import { errorText } from '../../i18n/messages';
import { notifySaved } from '../../i18n/notify';
import { FormProblems } from '../../ui/forms/FormProblems';
import { FormModal } from '../../ui/guard/FormModal';
import { useUnsavedGuard } from '../../ui/guard/useUnsavedGuard';
import { useSave } from '../../ui/save/useSave';
import { PLACEMENT_CHANGES, useTraineePlacements } from '../queries';
import { hostName } from '../text';

export function CancelDialog({ placement, onClose }: { placement: Placement | null; onClose: () => void }) {
  return placement ? <OpenCancelDialog placement={placement} onClose={onClose} /> : null;
}

function OpenCancelDialog({ placement: opened, onClose }: { placement: Placement; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  // The placement as saved now: after someone else changed it, the next attempt goes to that version.
  const list = useTraineePlacements(opened.traineeId);
  const placement = list.data?.find((p) => p.id === opened.id) ?? opened;
  const host = hostName({ nameEn: placement.hostNameEn, nameJa: placement.hostNameJa }, lang);
  const [reason, setReason] = useState('');
  const [version, setVersion] = useState(opened.version);
  const [problems, setProblems] = useState<Problems>({});
  const [movedOn, setMovedOn] = useState(false);

  const submit = () => {
    const found = schemaProblems(PlacementCancel, { id: placement.id, version, reason });
    setProblems(found);
    if (Object.keys(found).length === 0) void saver.save(reason.trim());
  };

  // One field: guarded, but too small to be worth a draft.
  const guard = useUnsavedGuard({ draft: null, values: reason, dirty: reason.trim() !== '', onSave: submit });

  const saver = useSave({
    send: (r: string) => api().call('placements.cancel', { id: placement.id, version, reason: r }),
    invalidates: () => PLACEMENT_CHANGES,
    onSaved: () => {
      notifySaved(t('placements.cancelled', { name: placement.traineeName, host }));
      onClose();
    },
    reload: async () => {
      const fresh = (await list.refetch()).data?.find((p) => p.id === opened.id);
      if (fresh) setVersion(fresh.version);
      setMovedOn(true);
    },
    guard,
  });

  const reasonProblem = problems.reason ?? saver.problems.reason;
  const reasonText = reasonProblem
    ? t(reasonProblem.code === 'required' ? 'validation.reason_required' : `validation.${reasonProblem.code}`, {
        field: t('placements.cancelDialog.reason'),
        ...reasonProblem.params,
      })
    : undefined;
  const failure = saver.error && !saver.problems.reason ? errorText(t, saver.error) : null;
  const staleNote =
    movedOn && saver.stale ? (
      <Alert color="orange" c="dark.7" data-testid="placement-stale">
        {placement.cancelled ? t('placements.staleCancelled') : t('placements.staleCancel')}
      </Alert>
    ) : null;

  return (
    <FormModal
      opened
      onClose={onClose}
      unsaved={guard.unsaved}
      onDiscard={guard.forget}
      title={
        <Title order={2} size="h4">
          {t('placements.cancelDialog.title', { host })}
        </Title>
      }
      size="lg"
      centered
    >
      {(cancel) => (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
          noValidate
          data-testid="cancel-dialog"
        >
          <FormProblems stale={staleNote} error={failure} items={[]} />
          <Text size="sm" mb="md" mt="xs">
            {t('placements.cancelDialog.text', {
              name: placement.traineeName,
              start: placement.start,
              end: placement.end,
            })}
          </Text>
          <Textarea
            label={t('placements.cancelDialog.reason')}
            withAsterisk
            autosize
            minRows={2}
            maxLength={1000}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setProblems({});
              saver.setProblems({});
            }}
            error={reasonText}
            data-autofocus
            data-testid="cancel-reason"
          />
          <Group justify="flex-end" mt="lg">
            <Button variant="default" onClick={cancel}>
              {t('placements.cancelDialog.keep')}
            </Button>
            <Button
              type="submit"
              color="red.9"
              loading={saver.saving}
              disabled={placement.cancelled}
              data-testid="cancel-confirm"
            >
              {t('placements.cancelDialog.confirm')}
            </Button>
          </Group>
        </form>
      )}
    </FormModal>
  );
}
