// Fields of training: add, rename, deactivate. A deactivated field stays on the trainees that have
// it but is no longer offered for new ones (fields are never deleted: records point at them).
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Field } from '../../../shared/reference/schema';
import { api } from '../api/client';
import { notifyError, notifySaved } from '../i18n/notify';
import { referenceKeys, useFields } from '../reference/queries';
import { type VocabularyDraft, VocabularyModal } from './VocabularyModal';
import { VocabularyTable } from './VocabularyTable';

export function FieldsEditor() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const fields = useFields().data ?? [];
  const [editing, setEditing] = useState<{ field: Field | null; draft: VocabularyDraft } | null>(null);

  const save = async (id: number | null, data: { nameEn: string; nameJa: string; active: boolean }) => {
    try {
      if (id === null) await api().call('fields.create', data);
      else await api().call('fields.update', { id, data });
      await client.invalidateQueries({ queryKey: referenceKeys.fields });
      notifySaved(t('settings.fieldSaved', { name: data.nameEn }));
      return true;
    } catch (error) {
      notifyError(error);
      return false;
    }
  };

  return (
    <>
      <VocabularyTable
        rows={fields}
        rowKey={(f) => f.id}
        testId="fields-table"
        columns={[
          { head: t('settings.nameEn'), cell: (f) => f.nameEn },
          { head: t('settings.nameJa'), cell: (f) => f.nameJa, props: { lang: 'ja' } },
        ]}
        onActive={(f, active) => void save(f.id, { nameEn: f.nameEn, nameJa: f.nameJa, active })}
        edit={{
          text: t('settings.rename'),
          label: (f) => t('settings.renameFor', { name: f.nameEn }),
          onClick: (f) => setEditing({ field: f, draft: { nameEn: f.nameEn, nameJa: f.nameJa } }),
        }}
        add={{
          text: t('settings.addField'),
          onClick: () => setEditing({ field: null, draft: { nameEn: '', nameJa: '' } }),
        }}
      />
      <VocabularyModal
        title={editing?.field ? t('settings.renameField') : t('settings.addField')}
        draft={editing?.draft ?? null}
        onClose={() => setEditing(null)}
        onSave={async (draft) => {
          const f = editing?.field ?? null;
          if (await save(f?.id ?? null, { nameEn: draft.nameEn, nameJa: draft.nameJa, active: f?.active ?? true }))
            setEditing(null);
        }}
      />
    </>
  );
}
