// A request's dispatches: who goes, when, for how long, and the cost notes (editable, with the same
// warnings as the move to "dispatched"), beside the project's standard cost split: CLAIR pays travel,
// insurance and incidentals; the host pays local transport, interpreting and meals.
import { Button, List, Paper, SimpleGrid, Table, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type Problems, schemaProblems, withoutChanged } from '../../../../shared/forms/problems';
import { COST_SPLIT, dispatchLength } from '../../../../shared/specialist-dispatch/dispatches';
import type { DispatchRow } from '../../../../shared/specialist-dispatch/schema';
import { DispatchUpdate } from '../../../../shared/specialist-dispatch/schema';
import { api } from '../../api/client';
import { dateRange, useLang } from '../../i18n/format';
import { notifySaved } from '../../i18n/notify';
import { DateField } from '../../ui/forms/DateField';
import { FormActions } from '../../ui/forms/FormActions';
import { FormProblems } from '../../ui/forms/FormProblems';
import { SaveForm } from '../../ui/forms/SaveForm';
import { keepMine, StaleChanges, staleRows } from '../../ui/forms/StaleChanges';
import { FormDraftOffer } from '../../ui/guard/DraftOffer';
import { FormModal } from '../../ui/guard/FormModal';
import { useUnsavedGuard } from '../../ui/guard/useUnsavedGuard';
import { useSave } from '../../ui/save/useSave';
import { dispatchErrorText, dispatchProblemText, dispatchWarningText } from '../issues';
import { personName } from '../labels';
import { dispatchKeys } from '../queries';

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

interface CardProps {
  dispatches: DispatchRow[];
  canEdit: boolean;
  /** Fetches the request (and its dispatches) as they are now. */
  onReload: () => Promise<unknown>;
}

export function DispatchesCard({ dispatches, canEdit, onReload }: CardProps) {
  const { t } = useTranslation();
  const lang = useLang();
  // The dispatch being edited, by id: its row is read from the request as last loaded.
  const [editing, setEditing] = useState<number | null>(null);
  const current = dispatches.find((d) => d.id === editing) ?? null;
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
                    {d.start && d.end ? dateRange(d.start, d.end, lang) : t('dispatch.dispatches.noDates')}
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
                        onClick={() => setEditing(d.id)}
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
      {current && (
        <DispatchForm key={current.id} dispatch={current} onClose={() => setEditing(null)} onReload={onReload} />
      )}
    </Paper>
  );
}

type DispatchValues = { start: string | null; end: string | null; costNotes: string };

const valuesOf = (d: DispatchRow): DispatchValues => ({ start: d.start, end: d.end, costNotes: d.costNotes ?? '' });

interface FormProps {
  /** The dispatch as last loaded (reloaded after someone else saved it). */
  dispatch: DispatchRow;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}

function DispatchForm({ dispatch, onClose, onReload }: FormProps) {
  const { t } = useTranslation();
  // The version the person's edits apply to: moves on only when they choose after a stale answer.
  const [version, setVersion] = useState(dispatch.version);
  const [checked, setChecked] = useState<Problems>({});
  const form = useForm<DispatchValues>({
    mode: 'controlled',
    initialValues: valuesOf(dispatch),
    onValuesChange: (values, previous) => {
      saver.setProblems((p) => withoutChanged(p, values, previous));
      setChecked((p) => withoutChanged(p, values, previous));
    },
  });
  const labels: Record<string, string> = {
    start: t('dispatch.field.start'),
    end: t('dispatch.field.end'),
    costNotes: t('dispatch.dispatches.costNotes'),
  };
  const input = (v: DispatchValues, confirm = false) => ({ id: dispatch.id, version, ...v, confirm });

  const submit = () => {
    const found = schemaProblems(DispatchUpdate, input(form.values));
    setChecked(found);
    if (Object.keys(found).length === 0) void saver.save(form.values);
  };

  const guard = useUnsavedGuard({
    draft: { form: 'dispatch', key: String(dispatch.id) },
    values: form.values,
    dirty: form.isDirty(),
    baseVersion: version,
    onSave: submit,
  });

  const saver = useSave({
    send: (v: DispatchValues, { confirm }) => api().call('specialistDispatch.dispatches.update', input(v, confirm)),
    invalidates: () => [dispatchKeys.all, ['audit']],
    onSaved: () => {
      notifySaved(t('dispatch.dispatches.saved'));
      onClose();
    },
    reload: onReload,
    guard,
  });

  const problems: Problems = { ...saver.problems, ...checked };
  const shown = (key: string) => {
    const p = problems[key];
    return p ? dispatchProblemText(t, key, p, labels) : undefined;
  };
  const failure =
    saver.error && !['start', 'end', 'costNotes'].some((k) => problems[k]) ? dispatchErrorText(t, saver.error) : null;
  const edits = { mine: form.values, base: form.getInitialValues(), saved: valuesOf(dispatch) };
  const choose = (values: DispatchValues) => {
    form.setValues(values);
    form.setInitialValues(edits.saved);
    setVersion(dispatch.version);
    saver.resolveStale();
  };
  const stale = saver.stale ? (
    <StaleChanges
      rows={staleRows(edits, (k) => labels[k] ?? k)}
      onKeepMine={() => choose(keepMine(edits))}
      onTakeSaved={() => choose(edits.saved)}
    />
  ) : null;

  return (
    <FormModal
      opened
      onClose={onClose}
      unsaved={guard.unsaved}
      onDiscard={guard.forget}
      title={t('dispatch.dispatches.editTitle')}
      size="lg"
    >
      {(requestClose) => (
        <SaveForm onSubmit={submit} warnings={{ saver, say: (w) => dispatchWarningText(t, w) }}>
          <FormDraftOffer form={form} guard={guard} currentVersion={dispatch.version} />
          <FormProblems stale={stale} error={failure} items={[]} />
          <SimpleGrid cols={2}>
            <DateField
              label={labels.start}
              value={form.values.start}
              onChange={(d) => form.setFieldValue('start', d)}
              error={shown('start')}
            />
            <DateField
              label={labels.end}
              value={form.values.end}
              onChange={(d) => form.setFieldValue('end', d)}
              error={shown('end')}
            />
          </SimpleGrid>
          <Textarea
            label={labels.costNotes}
            description={t('dispatch.dispatches.costNotesHint')}
            {...form.getInputProps('costNotes')}
            autosize
            minRows={3}
            maxLength={2000}
            error={shown('costNotes')}
            data-autofocus
          />
          <FormActions
            saver={saver}
            onCancel={requestClose}
            submit={t('common.save')}
            submitProps={{ 'data-testid': 'dispatch-save' }}
          />
        </SaveForm>
      )}
    </FormModal>
  );
}
