// Add or rename an entry of a vocabulary (field of training, country, evaluation criterion): English
// and Japanese names, plus a code for a new country. A dialog on the form kit: Esc, the close button or
// a click outside ask before typed names are thrown away, Ctrl+S saves, and the core's answer (a name
// already in use, a failure) is shown in the dialog when the caller passes it.
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problems } from '../../../../shared/forms/problems';
import { issueText } from '../../i18n/messages';
import { FormProblems } from '../forms/FormProblems';
import { FormModal } from '../guard/FormModal';
import { useUnsavedGuard } from '../guard/useUnsavedGuard';

export type VocabularyDraft = {
  code?: string;
  nameEn: string;
  nameJa: string;
};

interface Props {
  title: string;
  /** The entry as it starts (an existing one's names, or empty); null while the dialog is closed. */
  draft: VocabularyDraft | null;
  withCode?: boolean;
  onClose: () => void;
  onSave: (draft: VocabularyDraft) => Promise<void>;
  /** The core's answer per field (useSave's `problems`), shown on the inputs. */
  problems?: Problems;
  /** A failed save that names no field, in words (shown at the top of the dialog). */
  error?: string | null;
  /** Every edit, with the values before it: lets the caller drop the core's answer for a changed field. */
  onEdit?: (values: VocabularyDraft, previous: VocabularyDraft) => void;
}

const CODE = /^[A-Z]{2}$/;
const FIELDS = ['code', 'nameEn', 'nameJa'] as const;

export function VocabularyModal({ title, draft, withCode, onClose, onSave, problems = {}, error, onEdit }: Props) {
  const { t } = useTranslation();
  const [value, setValue] = useState<VocabularyDraft>({ nameEn: '', nameJa: '' });
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);
  useEffect(() => {
    if (draft) setValue(draft);
    setTried(false);
  }, [draft]);

  const opened = draft !== null;
  const label = (name: (typeof FIELDS)[number]) => t(`settings.${name}`);
  const required = (name: 'nameEn' | 'nameJa') =>
    tried && !value[name].trim() ? issueText(t, { path: '', code: 'required' }, label(name)) : undefined;
  const codeBad = withCode && tried && !CODE.test(value.code ?? '');
  const answer = (name: (typeof FIELDS)[number]) => {
    const p = problems[name];
    return p ? issueText(t, { path: name, code: p.code, params: p.params }, label(name)) : undefined;
  };
  const errors = {
    code: codeBad ? issueText(t, { path: '', code: 'invalid_country' }, label('code')) : answer('code'),
    nameEn: required('nameEn') ?? answer('nameEn'),
    nameJa: required('nameJa') ?? answer('nameJa'),
  };

  const submit = async () => {
    setTried(true);
    if (!value.nameEn.trim() || !value.nameJa.trim() || (withCode && !CODE.test(value.code ?? ''))) return;
    setBusy(true);
    try {
      await onSave({ ...value, nameEn: value.nameEn.trim(), nameJa: value.nameJa.trim() });
    } finally {
      setBusy(false);
    }
  };

  const guard = useUnsavedGuard({
    // Two or three short names: not worth a draft, but never thrown away without asking.
    draft: null,
    values: value,
    dirty: opened && JSON.stringify(value) !== JSON.stringify(draft),
    active: opened,
    onSave: () => void submit(),
  });

  const edit = (patch: Partial<VocabularyDraft>) => {
    const next = { ...value, ...patch };
    onEdit?.(next, value);
    setValue(next);
  };

  return (
    <FormModal opened={opened} onClose={onClose} unsaved={guard.unsaved} title={title} centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        noValidate
      >
        <Stack gap="sm">
          {/* Three inputs in view: each problem is on its input, so only a failure naming none is listed. */}
          <FormProblems items={[]} error={error} />
          {withCode && (
            <TextInput
              id="vocabulary-code"
              label={label('code')}
              description={t('settings.codeHint')}
              value={value.code ?? ''}
              onChange={(e) => edit({ code: e.currentTarget.value.toUpperCase() })}
              maxLength={2}
              error={errors.code}
              data-autofocus
            />
          )}
          <TextInput
            id="vocabulary-nameEn"
            label={label('nameEn')}
            value={value.nameEn}
            onChange={(e) => edit({ nameEn: e.currentTarget.value })}
            error={errors.nameEn}
            data-autofocus={!withCode || undefined}
          />
          <TextInput
            id="vocabulary-nameJa"
            label={label('nameJa')}
            value={value.nameJa}
            onChange={(e) => edit({ nameJa: e.currentTarget.value })}
            error={errors.nameJa}
            lang="ja"
          />
          <Group justify="flex-end" mt="sm">
            {/* Cancel is the person's own choice to drop the typing: it closes without asking. */}
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}
