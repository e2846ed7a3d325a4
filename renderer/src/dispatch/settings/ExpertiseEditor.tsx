// Settings › Fields of expertise (the Specialist Dispatch Project's vocabulary): add, rename, regroup,
// give other spellings, deactivate. Fields are never deleted (requests, specialists and past projects
// point at them); the usage count says how many do. A deactivated field stays where it is used but is
// no longer offered for new records.
import { Badge, Button, Group, Switch, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExpertiseField } from '../../../../shared/dispatch/schema';
import { api } from '../../api/client';
import { notifyError, notifySaved } from '../../i18n/notify';
import { useExpertise, useInvalidateDispatch } from '../queries';
import { type ExpertiseDraft, ExpertiseModal } from './ExpertiseModal';

const draftOf = (f: ExpertiseField): ExpertiseDraft => ({
  nameEn: f.nameEn,
  nameJa: f.nameJa,
  group: f.group,
  aliases: [...f.aliases],
  active: f.active,
});

export function ExpertiseEditor() {
  const { t } = useTranslation();
  const fields = useExpertise().data ?? [];
  const invalidate = useInvalidateDispatch();
  const [editing, setEditing] = useState<{ id: number | null; draft: ExpertiseDraft } | null>(null);

  /** Saves; the modal shows the core's refusal under the inputs when it returns the error. */
  const save = async (id: number | null, data: ExpertiseDraft): Promise<unknown> => {
    try {
      if (id === null) await api().call('expertise.create', data);
      else await api().call('expertise.update', { id, data });
      await invalidate();
      notifySaved(t('dispatch.expertise.saved', { name: data.nameEn }));
      return null;
    } catch (error) {
      return error;
    }
  };

  return (
    <>
      <Table striped withTableBorder verticalSpacing="xs" data-testid="expertise-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('settings.nameEn')}</Table.Th>
            <Table.Th>{t('settings.nameJa')}</Table.Th>
            <Table.Th>{t('dispatch.expertise.group')}</Table.Th>
            <Table.Th ta="right">{t('dispatch.expertise.usage')}</Table.Th>
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
            <Table.Tr key={f.id} data-testid="expertise-row">
              <Table.Td>
                {f.nameEn}
                {f.aliases.length > 0 && (
                  <Text size="xs" c="dimmed">
                    {t('dispatch.expertise.alsoWritten', { list: f.aliases.join(' · ') })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td lang="ja">{f.nameJa}</Table.Td>
              <Table.Td>
                <Badge variant="outline" color="gray.7" size="sm">
                  {t(`dispatch.expertise.groups.${f.group}`)}
                </Badge>
              </Table.Td>
              <Table.Td ta="right">{f.usage}</Table.Td>
              <Table.Td>
                <Switch
                  checked={f.active}
                  aria-label={t('settings.activeFor', { name: f.nameEn })}
                  onChange={(e) => {
                    const active = e.currentTarget.checked;
                    void save(f.id, { ...draftOf(f), active }).then((error) => error && notifyError(error));
                  }}
                />
              </Table.Td>
              <Table.Td>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  aria-label={t('dispatch.expertise.editFor', { name: f.nameEn })}
                  onClick={() => setEditing({ id: f.id, draft: draftOf(f) })}
                >
                  {t('dispatch.expertise.edit')}
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
          onClick={() =>
            setEditing({
              id: null,
              draft: { nameEn: '', nameJa: '', group: 'administration', aliases: [], active: true },
            })
          }
        >
          {t('dispatch.expertise.add')}
        </Button>
      </Group>
      <ExpertiseModal
        title={editing?.id ? t('dispatch.expertise.editTitle') : t('dispatch.expertise.add')}
        draft={editing?.draft ?? null}
        onClose={() => setEditing(null)}
        onSave={async (draft) => {
          const error = await save(editing?.id ?? null, draft);
          if (!error) setEditing(null);
          return error;
        }}
      />
    </>
  );
}
