// A request's dispatches: who goes, when, for how long, and the cost notes (editable, with the same
// warnings as the move to "dispatched"), beside the project's standard cost split: CLAIR pays travel,
// insurance and incidentals; the host pays local transport, interpreting and meals.
import {
  Alert,
  Button,
  Group,
  List,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { COST_SPLIT, dispatchLength } from '../../../../shared/dispatch/dispatches';
import type { DispatchRow } from '../../../../shared/dispatch/schema';
import { api } from '../../api/client';
import { WarningsDialog } from '../../app/WarningsDialog';
import { ModalDateField as DateField } from '../../cohorts/ModalDateField';
import { useConfirmedCall } from '../../cohorts/useConfirmedCall';
import { useLang } from '../../i18n/format';
import { notifySaved } from '../../i18n/notify';
import { dispatchErrorText, issuesByInput } from '../issues';
import { personName } from '../labels';
import { useInvalidateDispatch } from '../queries';

export function CostSplit() {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={2} spacing="md" data-testid="cost-split">
      {(['clair', 'host'] as const).map((payer) => (
        <div key={payer}>
          <Text size="sm" fw={700}>
            {t(`dispatch.cost.payer.${payer}`)}
          </Text>
          <List size="sm" spacing={2}>
            {COST_SPLIT.filter((c) => c.payer === payer).map((c) => (
              <List.Item key={c.item}>{t(`dispatch.cost.item.${c.item}`)}</List.Item>
            ))}
          </List>
        </div>
      ))}
    </SimpleGrid>
  );
}

export function DispatchesCard({ dispatches, canEdit }: { dispatches: DispatchRow[]; canEdit: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [editing, setEditing] = useState<DispatchRow | null>(null);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="dispatches-title" data-testid="dispatches">
      <Title order={2} size="h4" id="dispatches-title" mb="sm">
        {t('dispatch.dispatches.title')}
      </Title>
      {dispatches.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dispatch.dispatches.none')}
        </Text>
      ) : (
        <Table verticalSpacing="xs" withTableBorder striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('dispatch.match.specialist')}</Table.Th>
              <Table.Th>{t('dispatch.dispatches.period')}</Table.Th>
              <Table.Th>{t('dispatch.dispatches.costNotes')}</Table.Th>
              {canEdit && (
                <Table.Th w={90}>
                  <Text span size="sm" fw={700}>
                    {t('settings.actions')}
                  </Text>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {dispatches.map((d) => {
              const name = personName({ nameEn: d.specialistNameEn, nameJa: d.specialistNameJa }, lang);
              const length = d.start && d.end ? dispatchLength(d.start, d.end) : null;
              return (
                <Table.Tr key={d.id} data-testid="dispatch-row">
                  <Table.Td>
                    <Link to={`/dispatch/specialists/${d.specialistId}`} className="tl-link">
                      {name}
                    </Link>
                    {d.cancelled && (
                      <Text span size="xs" c="red.9" ml={6}>
                        {t('dispatch.dispatches.cancelled')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td data-testid="dispatch-period">
                    {d.start && d.end ? `${d.start} – ${d.end}` : t('dispatch.dispatches.noDates')}
                    {length && (
                      <Text size="xs" c="dimmed">
                        {t('dispatch.move.length', { count: length.days })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }} data-testid="dispatch-cost-notes">
                    {d.costNotes ?? '—'}
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        leftSection={<IconPencil size={14} aria-hidden />}
                        aria-label={t('dispatch.dispatches.editFor', { name })}
                        onClick={() => setEditing(d)}
                      >
                        {t('dispatch.dispatches.edit')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <Title order={3} size="h5" mt="md" mb="xs">
        {t('dispatch.cost.title')}
      </Title>
      <CostSplit />
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={t('dispatch.dispatches.editTitle')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.cancel') }}
      >
        {editing && <DispatchForm key={editing.id} dispatch={editing} onClose={() => setEditing(null)} />}
      </Modal>
    </Paper>
  );
}

function DispatchForm({ dispatch, onClose }: { dispatch: DispatchRow; onClose: () => void }) {
  const { t } = useTranslation();
  const invalidate = useInvalidateDispatch();
  const [start, setStart] = useState<string | null>(dispatch.start);
  const [end, setEnd] = useState<string | null>(dispatch.end);
  const [costNotes, setCostNotes] = useState(dispatch.costNotes ?? '');
  const call = useConfirmedCall(async () => {
    await invalidate();
    notifySaved(t('dispatch.dispatches.saved'));
    onClose();
  });
  const labels = {
    start: t('dispatch.field.start'),
    end: t('dispatch.field.end'),
    costNotes: t('dispatch.dispatches.costNotes'),
  };
  const problems = call.error ? issuesByInput(t, call.error, labels) : {};
  const general = call.error && Object.keys(problems).length === 0 ? dispatchErrorText(t, call.error) : null;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void call.run((confirm) =>
          api().call('dispatches.update', {
            id: dispatch.id,
            version: dispatch.version,
            start,
            end,
            costNotes,
            confirm,
          }),
        );
      }}
    >
      <Stack gap="md">
        {general && (
          <Alert color="red" role="alert">
            {general}
          </Alert>
        )}
        <SimpleGrid cols={2}>
          <DateField label={labels.start} value={start} onChange={setStart} error={problems.start} clearable />
          <DateField label={labels.end} value={end} onChange={setEnd} error={problems.end} clearable />
        </SimpleGrid>
        <Textarea
          label={labels.costNotes}
          description={t('dispatch.dispatches.costNotesHint')}
          value={costNotes}
          onChange={(e) => setCostNotes(e.currentTarget.value)}
          autosize
          minRows={3}
          maxLength={2000}
          error={problems.costNotes}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={call.busy} data-testid="dispatch-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
      <WarningsDialog
        warnings={call.warnings}
        saving={call.busy}
        onCancel={call.dismiss}
        onConfirm={() => void call.confirm()}
      />
    </form>
  );
}
