// Settings › Fields of expertise (the Specialist Dispatch Project's vocabulary): add, rename, regroup,
// give other spellings, deactivate. Fields are never deleted (requests, specialists and past projects
// point at them); the usage count says how many do. A deactivated field stays where it is used but is
// no longer offered for new records.
import { Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExpertiseField } from '../../../../shared/specialist-dispatch/schema';
import { api } from '../../api/client';
import { notifyError, notifySaved } from '../../i18n/notify';
import { VocabularyTable } from '../../ui/vocabulary/VocabularyTable';
import { useExpertise, useInvalidateDispatch } from '../queries';
import { type ExpertiseDraft, type ExpertiseEditing, ExpertiseModal } from './ExpertiseModal';

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
  const [editing, setEditing] = useState<ExpertiseEditing | null>(null);

  /** The active switch in a row: saved at once (the dialog's fields are saved by the dialog). */
  const setActive = async (f: ExpertiseField, active: boolean) => {
    try {
      await api().call('specialistDispatch.expertise.update', { id: f.id, data: { ...draftOf(f), active } });
      await invalidate();
      notifySaved(t('dispatch.expertise.saved', { name: f.nameEn }));
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <>
      <VocabularyTable
        rows={fields}
        rowKey={(f) => f.id}
        testId="expertise-table"
        rowTestId="expertise-row"
        columns={[
          {
            head: t('settings.nameEn'),
            cell: (f) => (
              <>
                {f.nameEn}
                {f.aliases.length > 0 && (
                  <Text size="xs" c="dimmed">
                    {t('dispatch.expertise.alsoWritten', { list: f.aliases.join(' · ') })}
                  </Text>
                )}
              </>
            ),
          },
          { head: t('settings.nameJa'), cell: (f) => f.nameJa, props: { lang: 'ja' } },
          {
            head: t('dispatch.expertise.group'),
            cell: (f) => t(`dispatch.expertise.groups.${f.group}`),
          },
          { head: t('dispatch.expertise.usage'), cell: (f) => f.usage, props: { ta: 'right' } },
        ]}
        onActive={(f, active) => void setActive(f, active)}
        edit={{
          text: t('dispatch.expertise.edit'),
          label: (f) => t('dispatch.expertise.editFor', { name: f.nameEn }),
          onClick: (f) => setEditing({ id: f.id, draft: draftOf(f) }),
        }}
        add={{
          text: t('dispatch.expertise.add'),
          onClick: () =>
            setEditing({
              id: null,
              draft: { nameEn: '', nameJa: '', group: 'administration', aliases: [], active: true },
            }),
        }}
      />
      <ExpertiseModal
        title={editing?.id ? t('dispatch.expertise.editTitle') : t('dispatch.expertise.add')}
        editing={editing}
        onClose={() => setEditing(null)}
      />
    </>
  );
}
