// The new / edit entry dialog for every kind: the date, author and text all kinds share, the month of
// a monthly report, the stage and ratings of an evaluation, and files to attach.
import { Alert, Button, Group, Loader, Modal, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../../shared/progress/schema';
import type { Warning } from '../../../../shared/result';
import { ModalDateField } from '../../cohorts/ModalDateField';
import { useEvaluationSettings } from '../queries';
import { EvaluationFields } from './EvaluationFields';
import { FilesField } from './FilesField';
import { MonthField } from './MonthField';
import { type EntryTarget, useEntryForm } from './useEntryForm';

interface Props {
  /** null: closed. */
  target: EntryTarget | null;
  onClose: () => void;
  onSaved: (entry: Entry, warnings: Warning[], created: boolean) => void;
}

export function EntryDialog({ target, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const kind = target ? (target.mode === 'edit' ? target.entry.kind : target.kind) : null;
  const title = !target
    ? ''
    : t(target.mode === 'edit' ? 'progress.form.editTitle' : 'progress.form.newTitle', {
        kind: t(`progress.kindLower.${kind}`),
      });
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={
        <Title order={2} size="h4">
          {title}
        </Title>
      }
      size={kind === 'evaluation' ? 900 : 680}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {target && (
        <EntryFormBody
          // A new target (another entry, another kind) starts the form afresh.
          key={
            target.mode === 'edit' ? `e${target.entry.id}` : `n${target.kind}${JSON.stringify(target.prefill ?? {})}`
          }
          target={target}
          onClose={onClose}
          onSaved={(entry, warnings) => onSaved(entry, warnings, target.mode === 'create')}
        />
      )}
    </Modal>
  );
}

function EntryFormBody({
  target,
  onClose,
  onSaved,
}: {
  target: EntryTarget;
  onClose: () => void;
  onSaved: (entry: Entry, warnings: Warning[]) => void;
}) {
  const { t } = useTranslation();
  const form = useEntryForm(target, onSaved);
  const settings = useEvaluationSettings();
  const { values, fieldErrors } = form;
  const traineeId = target.mode === 'edit' ? target.entry.traineeId : target.traineeId;
  const kind = values.kind;

  // Active criteria in their order, plus any the entry rated that were deactivated since.
  const rated = new Set(Object.keys(values.ratings).map(Number));
  const criteria = [...(settings.data?.criteria ?? [])]
    .filter((c) => c.active || rated.has(c.id))
    .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void form.save(criteria.map((c) => c.id));
      }}
      data-testid="entry-dialog"
      data-kind={kind}
    >
      <Stack gap="md">
        {form.stale && (
          <Alert color="orange" data-testid="entry-stale">
            {t('progress.stale')}
          </Alert>
        )}
        <Group grow align="flex-start">
          <ModalDateField
            id="entry-date"
            label={t('progress.field.date')}
            withAsterisk
            value={values.date}
            onChange={(date) => form.set({ date })}
            error={fieldErrors.date}
            data-testid="entry-date"
          />
          <TextInput
            id="entry-author"
            label={t(kind === 'evaluation' ? 'progress.field.evaluator' : 'progress.field.author')}
            description={t(kind === 'evaluation' ? 'progress.form.evaluatorHint' : 'progress.form.authorHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            value={values.author}
            maxLength={200}
            onChange={(e) => form.set({ author: e.currentTarget.value })}
            error={fieldErrors.author}
            data-testid="entry-author"
          />
        </Group>
        {kind === 'monthly_report' && (
          <MonthField
            traineeId={traineeId}
            value={values.month}
            onChange={(month) => form.set({ month })}
            entryId={form.saved?.id ?? null}
            error={fieldErrors.placementMonth ?? fieldErrors.placementId}
          />
        )}
        {kind === 'evaluation' &&
          (settings.isPending ? (
            <Loader size="sm" aria-label={t('common.loading')} />
          ) : (
            <EvaluationFields form={form} criteria={criteria} scale={settings.data?.scale ?? []} />
          ))}
        <TextInput
          id="entry-title"
          label={t('progress.field.title')}
          value={values.title}
          maxLength={200}
          onChange={(e) => form.set({ title: e.currentTarget.value })}
          error={fieldErrors.title}
          data-testid="entry-title"
        />
        <Textarea
          id="entry-body"
          label={t(kind === 'evaluation' ? 'progress.field.summary' : 'progress.field.body')}
          autosize
          minRows={kind === 'evaluation' ? 2 : 4}
          maxRows={12}
          maxLength={20_000}
          value={values.body}
          onChange={(e) => form.set({ body: e.currentTarget.value })}
          error={fieldErrors.body}
          data-testid="entry-body"
        />
        <FilesField form={form} />
        {form.formError && (
          <Alert color="red" role="alert" data-testid="entry-error">
            {form.formError}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {form.saved && target.mode === 'create' ? t('common.close') : t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.saving} disabled={form.stale} data-testid="entry-save">
            {form.editing ? t('progress.form.saveChanges') : t('progress.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
