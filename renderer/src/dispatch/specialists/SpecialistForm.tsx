// One form for adding and editing a specialist: names in English and Japanese, home local government
// and prefecture, position, serving or retired, languages (codes, with their names shown), fields of
// expertise, periods they are free, contact and notes. A possible duplicate is asked about first.
import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Specialist, SpecialistInput } from '../../../../shared/dispatch/schema';
import type { Warning } from '../../../../shared/result';
import { api } from '../../api/client';
import { WarningsDialog } from '../../app/WarningsDialog';
import { prefectureMatches, prefectureOptions } from '../../hosts/labels';
import { useLang } from '../../i18n/format';
import { errorOf, issueText } from '../../i18n/messages';
import { notifyError } from '../../i18n/notify';
import { FormProblems } from '../../trainees/form/FormProblems';
import { languageName } from '../labels';
import { expertiseOptions } from '../options';
import { issueProblems, type Problems, schemaProblems } from '../problems';
import { useExpertise, useInvalidateDispatch } from '../queries';
import { AvailabilityEditor } from './AvailabilityEditor';
import {
  emptySpecialist,
  newPeriod,
  SPECIALIST_ORDER,
  type SpecialistValues,
  specialistInput,
  specialistInputId,
  specialistValues,
} from './specialistValues';

const LEGEND = { legend: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } };
const LISTS = ['fieldIds', 'languages'];
/** Suggested while typing; any BCP 47 code is accepted. */
/** A problem with a whole availability row (an overlap) shows on its first day. */
const rowProblems = (p: Problems): Problems =>
  Object.fromEntries(Object.entries(p).map(([k, v]) => [/^availability\.\d+$/.test(k) ? `${k}.start` : k, v]));

const LANGUAGE_SUGGESTIONS = ['en', 'th', 'vi', 'id', 'ms', 'fil', 'km', 'lo', 'my', 'hi', 'zh', 'ta', 'tet', 'pt'];

interface Props {
  existing: Specialist | null;
  onSaved: (specialist: Specialist) => void;
  onCancel: () => void;
  onReload: () => void;
}

export function SpecialistForm({ existing, onSaved, onCancel, onReload }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const fields = useExpertise().data ?? [];
  const invalidate = useInvalidateDispatch();
  const [attempted, setAttempted] = useState(false);
  const [server, setServer] = useState<Problems>({});
  const [saving, setSaving] = useState(false);
  const [stale, setStale] = useState(false);
  const [warnings, setWarnings] = useState<Warning[] | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const form = useForm<SpecialistValues>({
    mode: 'controlled',
    initialValues: existing ? specialistValues(existing) : emptySpecialist(),
    onValuesChange: () => setServer((p) => (Object.keys(p).length ? {} : p)),
  });
  const v = form.values;
  const client = attempted ? schemaProblems(SpecialistInput, specialistInput(v), LISTS) : {};
  const problems: Problems = { ...server, ...client };
  const label = (key: string) => {
    const row = /^availability\.(\d+)\.(\w+)$/.exec(key);
    if (row)
      return `${t('dispatch.specialists.period', { n: Number(row[1]) + 1 })}: ${t(`dispatch.specialists.field.${row[2]}`)}`;
    return t(`dispatch.specialists.field.${key}`);
  };
  const message = (key: string) => {
    const p = problems[key];
    if (!p) return undefined;
    const code = p.code === 'required' && key === 'prefecture' ? 'required_choice' : p.code;
    return issueText(t, { path: key, code, params: p.params }, label(key));
  };
  const field = (key: string, short?: string) => {
    const props = form.getInputProps(key);
    return {
      id: specialistInputId(key),
      label: short ?? label(key),
      value: props.value,
      onChange: props.onChange,
      error: message(key),
    };
  };

  const save = async (confirm: boolean) => {
    const parsed = SpecialistInput.safeParse(specialistInput(v));
    if (!parsed.success) return;
    setSaving(true);
    try {
      const result = existing
        ? await api().call('specialists.update', {
            id: existing.id,
            version: existing.version,
            data: parsed.data,
            confirm,
          })
        : await api().call('specialists.create', { data: parsed.data, confirm });
      setWarnings(null);
      await invalidate();
      onSaved(result.specialist);
    } catch (error) {
      const e = errorOf(error);
      if (e.code === 'needs_confirmation' && e.warnings?.length) setWarnings(e.warnings);
      else if (e.code === 'stale') setStale(true);
      else {
        setWarnings(null);
        if (e.issues?.length) setServer(rowProblems(issueProblems(e.issues, LISTS)));
        notifyError(error);
      }
    } finally {
      setSaving(false);
    }
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (Object.keys(schemaProblems(SpecialistInput, specialistInput(v), LISTS)).length > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    void save(false);
  };

  const summary =
    attempted || Object.keys(server).length > 0
      ? SPECIALIST_ORDER(v)
          .filter((k) => problems[k])
          .map((k) => ({ id: specialistInputId(k), text: message(k) ?? '' }))
      : [];
  const known = v.languages.map((l) => languageName(l, lang)).join(', ');

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t(existing ? 'dispatch.specialists.editTitle' : 'dispatch.specialists.newTitle', {
        name: existing?.nameEn,
      })}
    >
      <Stack gap="md" maw={1000}>
        <FormProblems
          stale={stale ? { title: t('dispatch.form.staleTitle'), text: t('dispatch.form.stale') } : null}
          onReload={onReload}
          items={summary}
          summaryRef={summaryRef}
        />
        <Fieldset styles={LEGEND} legend={t('dispatch.specialists.section.names')}>
          <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
            <TextInput
              {...field('nameEn')}
              withAsterisk
              lang="en"
              maxLength={200}
              description={t('dispatch.specialists.hint.nameEn')}
            />
            <TextInput
              {...field('nameJa')}
              lang="ja"
              maxLength={200}
              description={t('dispatch.specialists.hint.nameJa')}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset styles={LEGEND} legend={t('dispatch.specialists.section.work')}>
          <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
            <TextInput
              {...field('homeGovernment')}
              withAsterisk
              maxLength={200}
              description={t('dispatch.specialists.hint.homeGovernment')}
            />
            <Select
              {...field('prefecture')}
              searchable
              clearable
              data={prefectureOptions(lang)}
              filter={({ options, search }) =>
                options.filter((o) => 'value' in o && prefectureMatches(o.value, search))
              }
              maxDropdownHeight={280}
            />
            <TextInput {...field('position')} maxLength={200} />
            <Checkbox
              id="specialist-retired"
              label={t('dispatch.specialists.field.retired')}
              description={t('dispatch.specialists.hint.retired')}
              checked={v.retired}
              onChange={(e) => form.setFieldValue('retired', e.currentTarget.checked)}
              mt={26}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset styles={LEGEND} legend={t('dispatch.specialists.section.expertise')}>
          <MultiSelect
            {...field('fieldIds')}
            data={expertiseOptions(fields, lang, v.fieldIds.map(Number))}
            searchable
            clearable
            hidePickedOptions
          />
          <TagsInput
            {...field('languages')}
            mt="sm"
            data={LANGUAGE_SUGGESTIONS}
            description={
              known ? `${t('dispatch.specialists.hint.languages')} ${known}` : t('dispatch.specialists.hint.languages')
            }
            clearable
            maxTags={20}
            splitChars={[',', ' ', '、']}
          />
        </Fieldset>
        <Fieldset styles={LEGEND} legend={t('dispatch.specialists.section.availability')}>
          <AvailabilityEditor
            rows={v.availability}
            field={field}
            onAdd={() => form.insertListItem('availability', newPeriod())}
            onRemove={(i) => {
              form.removeListItem('availability', i);
              setServer({});
            }}
          />
        </Fieldset>
        <Fieldset styles={LEGEND} legend={t('dispatch.specialists.section.contact')}>
          <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
            <TextInput {...field('email')} type="email" maxLength={254} />
            <TextInput {...field('phone')} type="tel" maxLength={60} />
          </SimpleGrid>
          <Textarea {...field('notes')} mt="sm" autosize minRows={3} maxRows={12} />
        </Fieldset>
        <Paper withBorder p="sm" pos="sticky" bottom={0} style={{ zIndex: 5 }} shadow="sm">
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving} data-testid="specialist-save">
              {existing ? t('dispatch.form.saveChanges') : t('dispatch.specialists.create')}
            </Button>
          </Group>
        </Paper>
      </Stack>
      <WarningsDialog
        warnings={warnings}
        saving={saving}
        onCancel={() => setWarnings(null)}
        onConfirm={() => void save(true)}
      />
    </form>
  );
}
