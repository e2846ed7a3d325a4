// One form for adding and editing a specialist: names in English and Japanese, home local government
// and prefecture, position, serving or retired, languages (codes, with their names shown), fields of
// expertise, periods they are free, contact and notes. A possible duplicate is asked about first.
// On the app's form kit: saves through useSave, typed work guarded and kept as a draft.
import { Checkbox, SimpleGrid, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Problems, schemaProblems, withoutChanged } from '../../../../shared/forms/problems';
import { type Specialist, SpecialistInput } from '../../../../shared/specialist-dispatch/schema';
import { api } from '../../api/client';
import { dateRange, useLang } from '../../i18n/format';
import { errorText, issueText } from '../../i18n/messages';
import { FormActions } from '../../ui/forms/FormActions';
import { FormProblems } from '../../ui/forms/FormProblems';
import { FormSection } from '../../ui/forms/FormSection';
import { SaveForm } from '../../ui/forms/SaveForm';
import { SearchableMultiSelect, SearchableSelect } from '../../ui/forms/SearchableSelect';
import { keepMine, StaleChanges, staleRows } from '../../ui/forms/StaleChanges';
import { widthNote, ZawgyiOffer } from '../../ui/forms/TextOffers';
import { FormDraftOffer } from '../../ui/guard/DraftOffer';
import { useUnsavedGuard } from '../../ui/guard/useUnsavedGuard';
import { prefectureName, prefectureOptions } from '../../ui/prefectures';
import { useSave } from '../../ui/save/useSave';
import { languageName } from '../labels';
import { expertiseLabel, expertiseOptions } from '../options';
import { dispatchKeys, useExpertise } from '../queries';
import { AvailabilityEditor } from './AvailabilityEditor';
import {
  emptySpecialist,
  newPeriod,
  SPECIALIST_ORDER,
  type SpecialistValues,
  specialistInput,
  specialistInputId,
  specialistValues,
  withoutKeys,
  withPeriodKeys,
} from './specialistValues';

const LISTS = ['fieldIds', 'languages'];
/** A problem with a whole availability row (an overlap) shows on its first day. */
const rowProblems = (p: Problems): Problems =>
  Object.fromEntries(Object.entries(p).map(([k, v]) => [/^availability\.\d+$/.test(k) ? `${k}.start` : k, v]));

/** Suggested while typing; any BCP 47 code is accepted. */
const LANGUAGE_SUGGESTIONS = ['en', 'th', 'vi', 'id', 'ms', 'fil', 'km', 'lo', 'my', 'hi', 'zh', 'ta', 'tet', 'pt'];

interface Props {
  /** The record as saved now (refetched after someone else saved it). */
  existing: Specialist | null;
  onSaved: (specialist: Specialist) => void;
  onCancel: () => void;
  /** Fetches the record as it is now. */
  onReload: () => Promise<unknown>;
}

export function SpecialistForm({ existing, onSaved, onCancel, onReload }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const fields = useExpertise().data ?? [];
  const [attempted, setAttempted] = useState(false);
  // The version the person's edits apply to: moves on only when they choose after a stale answer.
  const [version, setVersion] = useState(existing?.version ?? 0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const form = useForm<SpecialistValues>({
    mode: 'controlled',
    initialValues: existing ? specialistValues(existing) : emptySpecialist(),
    onValuesChange: (values, previous) => saver.setProblems((p) => withoutChanged(p, values, previous)),
  });
  const v = form.values;

  const submit = () => {
    setAttempted(true);
    const parsed = SpecialistInput.safeParse(specialistInput(form.values));
    if (!parsed.success) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    void saver.save(parsed.data);
  };

  const guard = useUnsavedGuard({
    draft: { form: 'specialist', key: existing ? String(existing.id) : 'new' },
    values: form.values,
    dirty: form.isDirty(),
    baseVersion: existing ? version : null,
    onSave: submit,
  });

  const saver = useSave({
    summary: summaryRef,
    send: (data: SpecialistInput, { confirm }) =>
      existing
        ? api().call('specialistDispatch.specialists.update', { id: existing.id, version, data, confirm })
        : api().call('specialistDispatch.specialists.create', { data, confirm }),
    invalidates: () => [dispatchKeys.all, ['audit']],
    lists: LISTS,
    onSaved: (result) => onSaved(result.specialist),
    reload: onReload,
    guard,
  });

  const client = attempted ? schemaProblems(SpecialistInput, specialistInput(v), LISTS) : {};
  const problems: Problems = { ...rowProblems(saver.problems), ...client };
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

  const summary =
    attempted || Object.keys(saver.problems).length > 0
      ? SPECIALIST_ORDER(v)
          .filter((k) => problems[k])
          .map((k) => ({ id: specialistInputId(k), text: message(k) ?? '' }))
      : [];
  const failure = saver.error && Object.keys(saver.problems).length === 0 ? errorText(t, saver.error) : null;
  const known = v.languages.map((l) => languageName(l, lang)).join(', ');
  const show = useShow(fields);

  const stale =
    saver.stale && existing ? (
      <SpecialistStale
        mine={v}
        base={form.getInitialValues()}
        saved={specialistValues(existing)}
        label={label}
        show={show}
        onChoose={(values, saved) => {
          form.setValues(values);
          form.setInitialValues(saved);
          setVersion(existing.version);
          saver.resolveStale();
        }}
      />
    ) : null;

  return (
    <SaveForm
      label={t(existing ? 'dispatch.specialists.editTitle' : 'dispatch.specialists.newTitle', {
        name: existing?.nameEn,
      })}
      onSubmit={submit}
      warnings={{ saver }}
      maw={1000}
    >
      <FormDraftOffer form={form} guard={guard} currentVersion={existing?.version ?? null} />
      <FormProblems stale={stale} error={failure} items={summary} summaryRef={summaryRef} />
      <FormSection legend={t('dispatch.specialists.section.names')}>
        <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
          <ZawgyiOffer label={label('nameEn')} value={v.nameEn} onAccept={(text) => form.setFieldValue('nameEn', text)}>
            <TextInput
              {...field('nameEn')}
              withAsterisk
              lang="en"
              maxLength={200}
              description={t('dispatch.specialists.hint.nameEn')}
            />
          </ZawgyiOffer>
          <ZawgyiOffer label={label('nameJa')} value={v.nameJa} onAccept={(text) => form.setFieldValue('nameJa', text)}>
            <TextInput
              {...field('nameJa')}
              lang="ja"
              maxLength={200}
              description={t('dispatch.specialists.hint.nameJa')}
            />
          </ZawgyiOffer>
        </SimpleGrid>
      </FormSection>
      <FormSection legend={t('dispatch.specialists.section.work')}>
        <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
          <TextInput
            {...field('homeGovernment')}
            withAsterisk
            maxLength={200}
            description={t('dispatch.specialists.hint.homeGovernment')}
          />
          <SearchableSelect {...field('prefecture')} clearable data={prefectureOptions(lang)} maxDropdownHeight={280} />
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
      </FormSection>
      <FormSection legend={t('dispatch.specialists.section.expertise')}>
        <SearchableMultiSelect
          {...field('fieldIds')}
          data={expertiseOptions(fields, lang, v.fieldIds.map(Number))}
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
      </FormSection>
      <FormSection legend={t('dispatch.specialists.section.availability')}>
        <AvailabilityEditor
          rows={v.availability}
          field={field}
          onAdd={() => form.insertListItem('availability', newPeriod())}
          onRemove={(i) => form.removeListItem('availability', i)}
        />
      </FormSection>
      <FormSection legend={t('dispatch.specialists.section.contact')}>
        <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
          <TextInput {...field('email')} type="email" maxLength={254} description={widthNote(t, v.email)} />
          <TextInput {...field('phone')} type="tel" maxLength={60} description={widthNote(t, v.phone)} />
        </SimpleGrid>
        <Textarea {...field('notes')} mt="sm" autosize minRows={3} maxRows={12} />
      </FormSection>
      <FormActions
        saver={saver}
        onCancel={onCancel}
        submit={existing ? t('dispatch.form.saveChanges') : t('dispatch.specialists.create')}
        sticky
        submitProps={{ 'data-testid': 'specialist-save' }}
      />
    </SaveForm>
  );
}

/** How a specialist's value reads in the stale comparison. */
function useShow(fields: Parameters<typeof expertiseLabel>[0]) {
  const { t } = useTranslation();
  const lang = useLang();
  const field = expertiseLabel(fields, lang);
  return (key: string, value: unknown): string => {
    if (value === null || value === undefined) return '';
    if (key === 'prefecture') return prefectureName(Number(value), lang);
    if (key === 'retired')
      return value ? t('dispatch.specialists.retired') : t('dispatch.specialists.servingOption.serving');
    if (key === 'fieldIds') return (value as string[]).map((id) => field(Number(id))).join(', ');
    if (key === 'languages') return (value as string[]).map((l) => languageName(l, lang)).join(', ');
    if (key === 'availability')
      return (value as { start: string | null; end: string | null; note: string }[])
        .map((a) => `${dateRange(a.start, a.end, lang)}${a.note ? ` (${a.note})` : ''}`)
        .join('; ');
    return String(value);
  };
}

interface StaleProps {
  mine: SpecialistValues;
  base: SpecialistValues;
  saved: SpecialistValues;
  label: (key: string) => string;
  show: (key: string, value: unknown) => string;
  /** The values to continue with, and the saved record's values (the new starting point). */
  onChoose: (values: SpecialistValues, saved: SpecialistValues) => void;
}

/** Someone else saved the specialist: the person's edits beside the saved ones (availability rows compared without their keys). */
function SpecialistStale({ mine, base, saved, label, show, onChoose }: StaleProps) {
  const edits = { mine: withoutKeys(mine), base: withoutKeys(base), saved: withoutKeys(saved) };
  return (
    <StaleChanges
      rows={staleRows(edits, label, show)}
      onKeepMine={() => onChoose(withPeriodKeys(keepMine(edits)), saved)}
      onTakeSaved={() => onChoose(saved, saved)}
    />
  );
}
