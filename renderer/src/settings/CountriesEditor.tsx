// Countries: edit names, activate or deactivate, add one (the list must keep up with ASEAN, as it
// did when Timor-Leste joined in 2025). Inactive countries stay on existing records.
import { Button, Group, Switch, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Country } from '../../../shared/reference/schema';
import { api } from '../api/client';
import { notifyError, notifySaved } from '../i18n/notify';
import { referenceKeys, useCountries } from '../reference/queries';
import { type VocabularyDraft, VocabularyModal } from './VocabularyModal';

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
      <Table striped withTableBorder verticalSpacing="xs" data-testid="countries-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('settings.code')}</Table.Th>
            <Table.Th>{t('settings.nameEn')}</Table.Th>
            <Table.Th>{t('settings.nameJa')}</Table.Th>
            <Table.Th>{t('settings.active')}</Table.Th>
            <Table.Th>
              <Text span size="sm" fw={700}>
                {t('settings.actions')}
              </Text>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {countries.map((c) => (
            <Table.Tr key={c.code}>
              <Table.Td ff="monospace">{c.code}</Table.Td>
              <Table.Td>{c.nameEn}</Table.Td>
              <Table.Td lang="ja">{c.nameJa}</Table.Td>
              <Table.Td>
                <Switch
                  checked={c.active}
                  aria-label={t('settings.activeFor', { name: c.nameEn })}
                  onChange={(e) => void save({ ...c, active: e.currentTarget.checked })}
                />
              </Table.Td>
              <Table.Td>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  aria-label={t('settings.editFor', { name: c.nameEn })}
                  onClick={() => setEditing({ country: c, draft: { nameEn: c.nameEn, nameJa: c.nameJa } })}
                >
                  {t('settings.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group mt="sm">
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setEditing({ country: null, draft: { code: '', nameEn: '', nameJa: '' } })}
        >
          {t('settings.addCountry')}
        </Button>
      </Group>
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
