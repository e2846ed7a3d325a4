// Countries: edit names, activate or deactivate, add one (the list must keep up with ASEAN, as it
// did when Timor-Leste joined in 2025). Inactive countries stay on existing records. Saves go through
// the form kit: the dialog's answer shows in the dialog, a switch's failure above the table.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withoutChanged } from '../../../shared/forms/problems';
import type { Country } from '../../../shared/reference/schema';
import { api } from '../api/client';
import { referenceKeys, useCountries } from '../api/reference';
import { errorOf, errorText } from '../i18n/messages';
import { notifySaved } from '../i18n/notify';
import { FormProblems } from '../ui/forms/FormProblems';
import { useSave } from '../ui/save/useSave';
import { type VocabularyDraft, VocabularyModal } from '../ui/vocabulary/VocabularyModal';
import { VocabularyTable } from '../ui/vocabulary/VocabularyTable';

const send = (country: Country) => api().call('reference.countries.save', country);

export function CountriesEditor() {
  const { t } = useTranslation();
  const countries = useCountries().data ?? [];
  const [editing, setEditing] = useState<{ country: Country | null; draft: VocabularyDraft } | null>(null);
  const said = (country: Country) => notifySaved(t('settings.countrySaved', { name: country.nameEn }));
  const dialog = useSave({
    send,
    invalidates: () => [referenceKeys.countries],
    onSaved: (_, country) => {
      said(country);
      setEditing(null);
    },
  });
  const toggle = useSave({
    send,
    invalidates: () => [referenceKeys.countries],
    onSaved: (_, country) => said(country),
  });
  const open = (country: Country | null, draft: VocabularyDraft) => {
    dialog.reset();
    setEditing({ country, draft });
  };
  // A refusal that names fields is said on them (and goes when they change); any other failure at the top.
  const failed = (saver: typeof dialog) =>
    saver.error && !errorOf(saver.error).issues?.length ? errorText(t, saver.error) : null;

  return (
    <>
      {toggle.error !== null && <FormProblems items={[]} error={failed(toggle)} />}
      <VocabularyTable
        rows={countries}
        rowKey={(c) => c.code}
        testId="countries-table"
        columns={[
          { head: t('settings.code'), cell: (c) => c.code, props: { ff: 'monospace' } },
          { head: t('settings.nameEn'), cell: (c) => c.nameEn },
          { head: t('settings.nameJa'), cell: (c) => c.nameJa, props: { lang: 'ja' } },
        ]}
        onActive={(c, active) => void toggle.save({ ...c, active })}
        edit={{
          text: t('settings.edit'),
          label: (c) => t('settings.editFor', { name: c.nameEn }),
          onClick: (c) => open(c, { nameEn: c.nameEn, nameJa: c.nameJa }),
        }}
        add={{ text: t('settings.addCountry'), onClick: () => open(null, { code: '', nameEn: '', nameJa: '' }) }}
      />
      <VocabularyModal
        title={
          editing?.country ? t('settings.editCountry', { name: editing.country.nameEn }) : t('settings.addCountry')
        }
        draft={editing?.draft ?? null}
        withCode={editing !== null && editing.country === null}
        onClose={() => setEditing(null)}
        problems={dialog.problems}
        error={failed(dialog)}
        onEdit={(values, previous) => dialog.setProblems((p) => withoutChanged(p, values, previous))}
        onSave={async (draft) => {
          const base = editing?.country;
          await dialog.save({
            code: base?.code ?? draft.code ?? '',
            nameEn: draft.nameEn,
            nameJa: draft.nameJa,
            active: base?.active ?? true,
          });
        }}
      />
    </>
  );
}
