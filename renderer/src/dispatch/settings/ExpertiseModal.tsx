// Add or edit a field of expertise: English and Japanese names, its group (matching calls fields of
// related groups related), other correct spellings, and whether it is offered for new records.
import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Switch, TagsInput, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExpertiseFieldInput } from '../../../../shared/dispatch/schema';
import { FIELD_GROUPS, type FieldGroup } from '../../../../shared/dispatch/vocabulary';
import { errorOf, issueText } from '../../i18n/messages';
import { dispatchErrorText } from '../issues';
import { issueProblems, type Problems, schemaProblems } from '../problems';

export interface ExpertiseDraft {
  nameEn: string;
  nameJa: string;
  group: FieldGroup;
  aliases: string[];
  active: boolean;
}

interface Props {
  title: string;
  draft: ExpertiseDraft | null;
  onClose: () => void;
  /** Resolves to the failure, or null when saved. */
  onSave: (draft: ExpertiseDraft) => Promise<unknown>;
}

export function ExpertiseModal({ title, draft, onClose, onSave }: Props) {
  const { t } = useTranslation();
  const [value, setValue] = useState<ExpertiseDraft | null>(draft);
  const [problems, setProblems] = useState<Problems>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setValue(draft);
    setProblems({});
    setGeneral(null);
  }, [draft]);

  const label = (key: string) =>
    key === 'nameEn' || key === 'nameJa' ? t(`settings.${key}`) : t(`dispatch.expertise.${key}`);
  const error = (key: string) => {
    const p = problems[key];
    return p ? issueText(t, { path: key, ...p }, label(key)) : undefined;
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!value) return;
    const found = schemaProblems(ExpertiseFieldInput, { ...value }, ['aliases']);
    setProblems(found);
    setGeneral(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const failure = await onSave(ExpertiseFieldInput.parse(value) as ExpertiseDraft);
      if (failure) {
        const e = errorOf(failure);
        if (e.issues?.length) setProblems(issueProblems(e.issues, ['aliases']));
        setGeneral(dispatchErrorText(t, failure));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened={draft !== null}
      onClose={onClose}
      title={title}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.cancel') }}
    >
      {value && (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="sm">
            {general && (
              <Alert color="red" role="alert">
                {general}
              </Alert>
            )}
            <SimpleGrid cols={2}>
              <TextInput
                label={label('nameEn')}
                value={value.nameEn}
                onChange={(e) => setValue({ ...value, nameEn: e.currentTarget.value })}
                error={error('nameEn')}
                withAsterisk
                maxLength={120}
                data-autofocus
              />
              <TextInput
                label={label('nameJa')}
                value={value.nameJa}
                onChange={(e) => setValue({ ...value, nameJa: e.currentTarget.value })}
                error={error('nameJa')}
                withAsterisk
                maxLength={120}
                lang="ja"
              />
            </SimpleGrid>
            <Select
              label={label('group')}
              description={t('dispatch.expertise.groupHint')}
              data={FIELD_GROUPS.map((g) => ({ value: g, label: t(`dispatch.expertise.groups.${g}`) }))}
              value={value.group}
              onChange={(g) => g && setValue({ ...value, group: g as FieldGroup })}
              allowDeselect={false}
              error={error('group')}
            />
            <TagsInput
              label={label('aliases')}
              description={t('dispatch.expertise.aliasesHint')}
              value={value.aliases}
              onChange={(aliases) => setValue({ ...value, aliases })}
              error={error('aliases')}
              maxTags={20}
              clearable
            />
            <Switch
              label={t('settings.active')}
              checked={value.active}
              onChange={(e) => setValue({ ...value, active: e.currentTarget.checked })}
            />
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={busy} data-testid="expertise-save">
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
