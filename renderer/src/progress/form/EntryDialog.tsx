// The new / edit entry dialog for every kind: the date, author and text all kinds share, the month of
// a monthly report, the stage and ratings of an evaluation, and files to attach. Esc, the close button,
// a click outside or Cancel ask before typed work is thrown away; a draft is kept while typing.
import { Alert, Button, CloseButton, Group, Loader, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry, EntryKind } from '../../../../shared/progress/schema';
import type { Warning } from '../../../../shared/result';
import { DateField } from '../../ui/forms/DateField';
import { FormProblems } from '../../ui/forms/FormProblems';
import { DraftOffer } from '../../ui/guard/DraftOffer';
import { FormModal } from '../../ui/guard/FormModal';
import { EntryStale } from './EntryStale';
import { EvaluationFields } from './EvaluationFields';
import { FilesField } from './FilesField';
import { MonthField } from './MonthField';
import { type EntryTarget, traineeOf, useEntryForm } from './useEntryForm';

interface Props {
  /** null: closed. */
  target: EntryTarget | null;
  onClose: () => void;
  onSaved: (entry: Entry, warnings: Warning[], created: boolean) => void;
}

interface Link {
  unsaved: () => boolean;
  forget: () => void;
}

export function EntryDialog({ target, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  // The open form tells the dialog whether it holds typed work, and how to drop its draft.
  const link = useRef<Link>({ unsaved: () => false, forget: () => undefined });
  const [restoredKind, setRestoredKind] = useState<{ target: EntryTarget; kind: EntryKind } | null>(null);
  const targetKind = target ? (target.mode === 'edit' ? target.entry.kind : target.kind) : null;
  const kind = restoredKind && restoredKind.target === target ? restoredKind.kind : targetKind;
  const title = !target
    ? ''
    : t(target.mode === 'edit' ? 'progress.form.editTitle' : 'progress.form.newTitle', {
        kind: t(`progress.kindLower.${kind}`),
      });
  return (
    <FormModal
      opened={target !== null}
      onClose={onClose}
      unsaved={() => link.current.unsaved()}
      onDiscard={() => link.current.forget()}
      title={
        <Title order={2} size="h4">
          {title}
        </Title>
      }
      size={kind === 'evaluation' ? 900 : 680}
      centered
    >
      {(requestClose) =>
        target && (
          <EntryFormBody
            // A new target (another entry, another kind) starts the form afresh.
            key={
              target.mode === 'edit' ? `e${target.entry.id}` : `n${target.kind}${JSON.stringify(target.prefill ?? {})}`
            }
            target={target}
            link={link}
            onCancel={requestClose}
            onKind={(k) => setRestoredKind({ target, kind: k })}
            onSaved={(entry, warnings) => onSaved(entry, warnings, target.mode === 'create')}
          />
        )
      }
    </FormModal>
  );
}

interface BodyProps {
  target: EntryTarget;
  link: React.RefObject<Link>;
  /** Cancel: asks first when something was typed (FormModal's own close). */
  onCancel: () => void;
  onKind: (kind: EntryKind) => void;
  onSaved: (entry: Entry, warnings: Warning[]) => void;
}

function EntryFormBody({ target, link, onCancel, onKind, onSaved }: BodyProps) {
  const { t } = useTranslation();
  const form = useEntryForm(target, { active: true, onDone: onSaved, onKind });
  // Discarding settles the values as they are (nothing more to write) and drops the draft.
  link.current = { unsaved: form.guard.unsaved, forget: form.guard.saved };
  const { values, fieldErrors } = form;
  const kind = values.kind;

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit();
      }}
      data-testid="entry-dialog"
      data-kind={kind}
    >
      <Stack gap="md">
        {!form.guard.unsaved() && (
          <DraftOffer
            draft={form.guard.draft}
            currentVersion={form.saved?.version ?? null}
            onRestore={form.restore}
            onDiscard={form.guard.forget}
          />
        )}
        <FormProblems
          items={form.summary}
          summaryRef={form.summaryRef}
          error={form.failure}
          stale={form.stale && <EntryStale form={form} />}
        />
        <Group grow align="flex-start">
          <DateField
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
            traineeId={traineeOf(target)}
            value={values.month}
            onChange={(month) => form.set({ month })}
            onDefault={(month) => form.preset({ month })}
            entryId={form.saved?.id ?? null}
            error={fieldErrors.placementMonth ?? fieldErrors.placementId}
            onWriteNote={() => {
              form.set({ kind: 'note', month: null });
              onKind('note');
            }}
          />
        )}
        {kind === 'evaluation' &&
          (form.settingsPending ? (
            <Loader size="sm" aria-label={t('common.loading')} />
          ) : (
            <EvaluationFields form={form} />
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
          error={fieldErrors.body ?? fieldErrors.kind}
          data-testid="entry-body"
        />
        {form.reattach.length > 0 && (
          <Alert color="blue" data-testid="entry-reattach">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Text size="sm">{t('progress.form.reattach', { names: form.reattach.join(', ') })}</Text>
              <CloseButton size="sm" aria-label={t('common.close')} onClick={form.dismissReattach} />
            </Group>
          </Alert>
        )}
        <FilesField form={form} />
        {form.fileError && (
          <Alert color="red" role="alert" data-testid="entry-error">
            {form.fileError}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
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
