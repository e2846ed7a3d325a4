// Fields of training: add, rename, deactivate. A deactivated field stays on the trainees that have
// it but is no longer offered for new ones (fields are never deleted: records point at them).
import { Button, Group, Switch, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Field } from '../../../shared/reference/schema';
import { api } from '../api/client';
import { notifyError, notifySaved } from '../i18n/notify';
import { referenceKeys, useFields } from '../reference/queries';
import { type VocabularyDraft, VocabularyModal } from './VocabularyModal';

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
      <Table striped withTableBorder verticalSpacing="xs" data-testid="fields-table">
        <Table.Thead>
          <Table.Tr>
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
          {fields.map((f) => (
            <Table.Tr key={f.id}>
              <Table.Td>{f.nameEn}</Table.Td>
              <Table.Td lang="ja">{f.nameJa}</Table.Td>
              <Table.Td>
                <Switch
                  checked={f.active}
                  aria-label={t('settings.activeFor', { name: f.nameEn })}
                  onChange={(e) =>
                    void save(f.id, { nameEn: f.nameEn, nameJa: f.nameJa, active: e.currentTarget.checked })
                  }
                />
              </Table.Td>
              <Table.Td>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  aria-label={t('settings.renameFor', { name: f.nameEn })}
                  onClick={() => setEditing({ field: f, draft: { nameEn: f.nameEn, nameJa: f.nameJa } })}
                >
                  {t('settings.rename')}
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
          onClick={() => setEditing({ field: null, draft: { nameEn: '', nameJa: '' } })}
        >
          {t('settings.addField')}
        </Button>
      </Group>
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
