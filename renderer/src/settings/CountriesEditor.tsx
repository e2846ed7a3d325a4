// Countries: edit names, activate or deactivate, add one (the list must keep up with ASEAN, as it
// did when Timor-Leste joined in 2025). Inactive countries stay on existing records.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Country } from '../../../shared/reference/schema';
import { api } from '../api/client';
import { notifyError, notifySaved } from '../i18n/notify';
import { referenceKeys, useCountries } from '../reference/queries';
import { type VocabularyDraft, VocabularyModal } from './VocabularyModal';
import { VocabularyTable } from './VocabularyTable';

export function CountriesEditor() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const countries = useCountries().data ?? [];
  const [editing, setEditing] = useState<{ country: Country | null; draft: VocabularyDraft } | null>(null);

  const save = async (country: Country) => {
    try {
      await api().call('countries.save', country);
      await client.invalidateQueries({ queryKey: referenceKeys.countries });
      notifySaved(t('settings.countrySaved', { name: country.nameEn }));
      return true;
    } catch (error) {
      notifyError(error);
      return false;
    }
  };

  return (
    <>
      <VocabularyTable
        rows={countries}
        rowKey={(c) => c.code}
        testId="countries-table"
        columns={[
          { head: t('settings.code'), cell: (c) => c.code, props: { ff: 'monospace' } },
          { head: t('settings.nameEn'), cell: (c) => c.nameEn },
          { head: t('settings.nameJa'), cell: (c) => c.nameJa, props: { lang: 'ja' } },
        ]}
        onActive={(c, active) => void save({ ...c, active })}
        edit={{
          text: t('settings.edit'),
          label: (c) => t('settings.editFor', { name: c.nameEn }),
          onClick: (c) => setEditing({ country: c, draft: { nameEn: c.nameEn, nameJa: c.nameJa } }),
        }}
        add={{
          text: t('settings.addCountry'),
          onClick: () => setEditing({ country: null, draft: { code: '', nameEn: '', nameJa: '' } }),
        }}
      />
      <VocabularyModal
        title={
          editing?.country ? t('settings.editCountry', { name: editing.country.nameEn }) : t('settings.addCountry')
        }
        draft={editing?.draft ?? null}
        withCode={editing !== null && editing.country === null}
        onClose={() => setEditing(null)}
        onSave={async (draft) => {
          const base = editing?.country;
          const code = base?.code ?? draft.code ?? '';
          if (await save({ code, nameEn: draft.nameEn, nameJa: draft.nameJa, active: base?.active ?? true }))
            setEditing(null);
        }}
      />
    </>
  );
}
