// Fields of training: add, rename, deactivate. A deactivated field stays on the trainees that have
// it but is no longer offered for new ones (fields are never deleted: records point at them).
// Saves go through the form kit: the dialog's answer (a name already in use) shows in the dialog,
// a switch's failure above the table.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withoutChanged } from '../../../shared/forms/problems';
import type { Field } from '../../../shared/reference/schema';
import { api } from '../api/client';
import { referenceKeys, useFields } from '../api/reference';
import { errorOf, errorText } from '../i18n/messages';
import { notifySaved } from '../i18n/notify';
import { FormProblems } from '../ui/forms/FormProblems';
import { useSave } from '../ui/save/useSave';
import { type VocabularyDraft, VocabularyModal } from '../ui/vocabulary/VocabularyModal';
import { VocabularyTable } from '../ui/vocabulary/VocabularyTable';

interface Change {
  id: number | null;
  data: { nameEn: string; nameJa: string; active: boolean };
}

const send = ({ id, data }: Change) =>
  id === null ? api().call('reference.fields.create', data) : api().call('reference.fields.update', { id, data });

export function FieldsEditor() {
  const { t } = useTranslation();
  const fields = useFields().data ?? [];
  const [editing, setEditing] = useState<{ field: Field | null; draft: VocabularyDraft } | null>(null);
  const said = (change: Change) => notifySaved(t('settings.fieldSaved', { name: change.data.nameEn }));
  const dialog = useSave({
    send,
    invalidates: () => [referenceKeys.fields],
    onSaved: (_, change) => {
      said(change);
      setEditing(null);
    },
  });
  const toggle = useSave({ send, invalidates: () => [referenceKeys.fields], onSaved: (_, change) => said(change) });
  const open = (field: Field | null, draft: VocabularyDraft) => {
    dialog.reset();
    setEditing({ field, draft });
  };
  // A refusal that names fields is said on them (and goes when they change); any other failure at the top.
  const failed = (saver: typeof dialog) =>
    saver.error && !errorOf(saver.error).issues?.length ? errorText(t, saver.error) : null;

  return (
    <>
      {toggle.error !== null && <FormProblems items={[]} error={failed(toggle)} />}
      <VocabularyTable
        rows={fields}
        rowKey={(f) => f.id}
        testId="fields-table"
        columns={[
          { head: t('settings.nameEn'), cell: (f) => f.nameEn },
          { head: t('settings.nameJa'), cell: (f) => f.nameJa, props: { lang: 'ja' } },
        ]}
        onActive={(f, active) => void toggle.save({ id: f.id, data: { nameEn: f.nameEn, nameJa: f.nameJa, active } })}
        edit={{
          text: t('settings.rename'),
          label: (f) => t('settings.renameFor', { name: f.nameEn }),
          onClick: (f) => open(f, { nameEn: f.nameEn, nameJa: f.nameJa }),
        }}
        add={{ text: t('settings.addField'), onClick: () => open(null, { nameEn: '', nameJa: '' }) }}
      />
      <VocabularyModal
        title={editing?.field ? t('settings.renameField') : t('settings.addField')}
        draft={editing?.draft ?? null}
        onClose={() => setEditing(null)}
        problems={dialog.problems}
        error={failed(dialog)}
        onEdit={(values, previous) => dialog.setProblems((p) => withoutChanged(p, values, previous))}
        onSave={async (draft) => {
          const f = editing?.field ?? null;
          await dialog.save({
            id: f?.id ?? null,
            data: { nameEn: draft.nameEn, nameJa: draft.nameJa, active: f?.active ?? true },
          });
        }}
      />
    </>
  );
}
