// Settings › Letters: who signs (name and title in each language), the seal (a box, or 公印省略), and
// each letter's wording in English and Japanese, one kind at a time, with the placeholders its body
// may use beside it. Saved together on the form kit: leaving with changes asks, Ctrl+S saves. "Reset
// to default" puts one kind back to the built-in wording at once, keeping the other edits.
import {
  Alert,
  Button,
  Code,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { letterPlaceholders } from '../../../../shared/documents/letter-placeholders';
import {
  LETTER_KINDS,
  type LetterKind,
  type LetterSettings,
  type LetterSettingsPatch,
  type LetterWording,
  type Signatory,
} from '../../../../shared/documents/letters';
import { api } from '../../api/client';
import { errorText, issueText } from '../../i18n/messages';
import { notifyError, notifySaved } from '../../i18n/notify';
import { useUnsavedGuard } from '../../ui/guard/useUnsavedGuard';
import { useSave } from '../../ui/save/useSave';
import { letterKeys, useLetterSettings } from './queries';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const SIGNATORY_FIELDS = ['nameEn', 'titleEn', 'nameJa', 'titleJa'] as const;

/** What changed from the saved settings: only the kinds whose wording was edited. */
export function settingsPatch(saved: LetterSettings, edited: LetterSettings): LetterSettingsPatch {
  const wording = Object.fromEntries(
    LETTER_KINDS.filter((k) => !same(saved.wording[k], edited.wording[k])).map((k) => [k, edited.wording[k]]),
  );
  return {
    ...(same(saved.signatory, edited.signatory) ? {} : { signatory: edited.signatory }),
    ...(saved.seal === edited.seal ? {} : { seal: edited.seal }),
    ...(Object.keys(wording).length > 0 ? { wording } : {}),
  };
}

export function LetterSettingsEditor() {
  const query = useLetterSettings();
  const { t } = useTranslation();
  if (query.isError) return <Alert color="red">{errorText(t, query.error)}</Alert>;
  if (!query.data) return null;
  return <Editor saved={query.data} />;
}

function Editor({ saved }: { saved: LetterSettings }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(saved);
  const [kind, setKind] = useState<LetterKind>('acceptance');
  // Settings saved (here or elsewhere) become the new starting point, unless the person is editing.
  const shown = useRef(saved);
  useEffect(() => {
    setValues((v) => (same(v, shown.current) ? saved : v));
    shown.current = saved;
  }, [saved]);
  const changed = !same(values, saved);

  const saver = useSave({
    send: (patch: LetterSettingsPatch) => api().call('documents.letters.settings.update', patch),
    invalidates: () => [letterKeys.settings, ['audit']],
    onSaved: (next) => {
      shown.current = next;
      setValues(next);
      notifySaved(t('documents.settings.saved'));
    },
  });
  const save = async () => {
    if (!changed) return;
    if (await saver.save(settingsPatch(saved, values))) guard.saved();
  };
  const guard = useUnsavedGuard({
    draft: { form: 'letter-settings', key: 'letters' },
    values,
    dirty: changed,
    onSave: () => void save(),
    onDiscard: () => setValues(saved),
  });

  const edit = (next: LetterSettings) => {
    setValues(next);
    saver.setProblems({});
  };
  const setSignatory = (key: keyof Signatory, value: string) =>
    edit({ ...values, signatory: { ...values.signatory, [key]: value } });
  const setText = (lang: 'en' | 'ja', key: 'subject' | 'body', value: string) => {
    const wording: LetterWording = { ...values.wording[kind], [lang]: { ...values.wording[kind][lang], [key]: value } };
    edit({ ...values, wording: { ...values.wording, [kind]: wording } });
  };
  const resetKind = async () => {
    try {
      const next = await api().call('documents.letters.settings.update', { wording: { [kind]: null } });
      // Only this kind takes the built-in wording; the other edits stay as typed.
      shown.current = { ...saved, wording: { ...saved.wording, [kind]: next.wording[kind] } };
      setValues((v) => ({ ...v, wording: { ...v.wording, [kind]: next.wording[kind] } }));
      await saver.reset();
      notifySaved(t('documents.settings.resetDone', { kind: t(`documents.kind.${kind}`) }));
    } catch (error) {
      notifyError(error);
    }
  };

  const problem = (path: string, label: string) => {
    const p = saver.problems[path];
    return p ? issueText(t, { path, code: p.code, params: p.params }, label) : undefined;
  };
  const failure = saver.error && Object.keys(saver.problems).length === 0 ? errorText(t, saver.error) : null;
  const anyWordingProblem = Object.keys(saver.problems).find((k) => k.startsWith('wording.'));

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      noValidate
      data-testid="letter-settings"
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {SIGNATORY_FIELDS.map((key) => (
            <TextInput
              key={key}
              label={t(`documents.settings.${key}`)}
              value={values.signatory[key]}
              onChange={(e) => setSignatory(key, e.currentTarget.value)}
              error={problem(`signatory.${key}`, t(`documents.settings.${key}`))}
              maxLength={120}
              data-testid={`letter-signatory-${key}`}
            />
          ))}
        </SimpleGrid>
        <div>
          <Text size="sm" fw={500} mb={4} id="letter-seal">
            {t('documents.settings.seal')}
          </Text>
          <SegmentedControl
            aria-labelledby="letter-seal"
            value={values.seal}
            onChange={(v) => edit({ ...values, seal: v as LetterSettings['seal'] })}
            data={[
              { value: 'box', label: t('documents.settings.sealBox') },
              { value: 'omitted', label: t('documents.settings.sealOmitted') },
            ]}
            data-testid="letter-seal"
          />
        </div>
        <Group align="flex-end" gap="sm">
          <Select
            label={t('documents.settings.wordingOf')}
            value={kind}
            onChange={(v) => v && setKind(v as LetterKind)}
            data={LETTER_KINDS.map((k) => ({ value: k, label: t(`documents.kind.${k}`) }))}
            allowDeselect={false}
            w={320}
            data-testid="letter-wording-kind"
          />
          <Button variant="default" onClick={() => void resetKind()} data-testid="letter-wording-reset">
            {t('documents.settings.reset')}
          </Button>
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          {(['en', 'ja'] as const).map((lang) => (
            <Stack key={lang} gap={6}>
              <TextInput
                label={t(`documents.settings.subject.${lang}`)}
                value={values.wording[kind][lang].subject}
                onChange={(e) => setText(lang, 'subject', e.currentTarget.value)}
                error={problem(`wording.${kind}.${lang}.subject`, t(`documents.settings.subject.${lang}`))}
                maxLength={200}
                data-testid={`letter-subject-${lang}`}
              />
              <Textarea
                label={t(`documents.settings.body.${lang}`)}
                value={values.wording[kind][lang].body}
                onChange={(e) => setText(lang, 'body', e.currentTarget.value)}
                error={problem(`wording.${kind}.${lang}.body`, t(`documents.settings.body.${lang}`))}
                autosize
                minRows={5}
                maxRows={14}
                maxLength={4000}
                data-testid={`letter-body-${lang}`}
              />
            </Stack>
          ))}
        </SimpleGrid>
        <Text size="xs" c="dimmed" data-testid="letter-placeholders">
          {t('documents.settings.placeholders')}{' '}
          {letterPlaceholders(kind).map((p) => (
            <Code key={p} mr={4}>{`{${p}}`}</Code>
          ))}
        </Text>
        {(failure || anyWordingProblem) && (
          <Alert color="red" role="alert">
            {failure ?? t('documents.settings.wordingProblem')}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={saver.saving} disabled={!changed} data-testid="letter-settings-save">
            {t('documents.settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
