// One form for recording and editing a request. The counterpart follows the country (read-only, with a
// link to the counterparts); the application-window note follows the fiscal year and the date received
// as they are typed: a request outside its window is flagged, never refused. Problems are checked with
// the contract's schema after the first attempt to save; the core's answers land on the same inputs.
import { Alert, Anchor, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { todayIso } from '../../../../shared/fiscal-year';
import { type Problems, schemaProblems, withoutChanged } from '../../../../shared/forms/problems';
import type { Warning } from '../../../../shared/result';
import { type DispatchRequest, RequestInput } from '../../../../shared/specialist-dispatch/schema';
import { api } from '../../api/client';
import { countryOptions, useCountries, useReferenceLabels } from '../../api/reference';
import { fyLabel, useLang } from '../../i18n/format';
import { errorText, issueText } from '../../i18n/messages';
import { DateField } from '../../ui/forms/DateField';
import { FormActions } from '../../ui/forms/FormActions';
import { FormProblems } from '../../ui/forms/FormProblems';
import { FormSection } from '../../ui/forms/FormSection';
import { SaveForm } from '../../ui/forms/SaveForm';
import { SearchableSelect } from '../../ui/forms/SearchableSelect';
import { keepMine, StaleChanges, staleRows } from '../../ui/forms/StaleChanges';
import { FormDraftOffer } from '../../ui/guard/DraftOffer';
import { useUnsavedGuard } from '../../ui/guard/useUnsavedGuard';
import { useSave } from '../../ui/save/useSave';
import { windowNote } from '../labels';
import { expertiseLabel, expertiseOptions, upcomingFiscalYear, yearOptions } from '../options';
import { dispatchKeys, useCounterparts, useExpertise } from '../queries';
import {
  emptyRequest,
  REQUEST_ORDER,
  type RequestValues,
  requestInput,
  requestInputId,
  requestValues,
} from './requestValues';

const CHOICES = new Set(['fiscalYear', 'countryCode', 'fieldId']);

interface Props {
  /** The record as saved now (refetched after someone else saved it). */
  existing: DispatchRequest | null;
  onSaved: (request: DispatchRequest, warnings: Warning[]) => void;
  onCancel: () => void;
  /** Fetches the record as it is now. */
  onReload: () => Promise<unknown>;
}

export function RequestForm({ existing, onSaved, onCancel, onReload }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const countries = useCountries().data ?? [];
  const fields = useExpertise().data ?? [];
  const counterparts = useCounterparts().data ?? [];
  const [attempted, setAttempted] = useState(false);
  // The version the person's edits apply to: moves on only when they choose after a stale answer.
  const [version, setVersion] = useState(existing?.version ?? 0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const form = useForm<RequestValues>({
    mode: 'controlled',
    initialValues: existing ? requestValues(existing) : emptyRequest(upcomingFiscalYear(), todayIso()),
    onValuesChange: (values, previous) => saver.setProblems((p) => withoutChanged(p, values, previous)),
  });
  const v = form.values;
  const counterpart = counterparts.find((c) => c.countryCode === v.countryCode) ?? null;

  const submit = () => {
    setAttempted(true);
    const parsed = RequestInput.safeParse(requestInput(form.values));
    if (!parsed.success) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    void saver.save({ ...parsed.data, counterpartId: counterpart?.id ?? null });
  };

  const guard = useUnsavedGuard({
    draft: { form: 'dispatch-request', key: existing ? String(existing.id) : 'new' },
    values: form.values,
    dirty: form.isDirty(),
    baseVersion: existing ? version : null,
    onSave: submit,
  });

  const saver = useSave({
    summary: summaryRef,
    send: (data: RequestInput) =>
      existing
        ? api().call('specialistDispatch.requests.update', { id: existing.id, version, data })
        : api().call('specialistDispatch.requests.create', { data }),
    invalidates: () => [dispatchKeys.all, ['audit']],
    onSaved: (result) => onSaved(result.request, result.warnings),
    reload: onReload,
    guard,
  });

  const client = attempted ? schemaProblems(RequestInput, requestInput(v)) : {};
  const problems: Problems = { ...saver.problems, ...client };
  const label = (key: string) => t(`dispatch.field.${key}`);
  const message = (key: string) => {
    const p = problems[key];
    if (!p) return undefined;
    const code = p.code === 'required' && CHOICES.has(key) ? 'required_choice' : p.code;
    return issueText(t, { path: key, code, params: p.params }, label(key));
  };
  const field = (key: (typeof REQUEST_ORDER)[number]) => {
    const props = form.getInputProps(key);
    return {
      id: requestInputId(key),
      label: label(key),
      value: props.value,
      onChange: props.onChange,
      error: message(key),
    };
  };

  const summary = attempted || Object.keys(saver.problems).length > 0 ? summaryItems(problems, message) : [];
  const failure = saver.error && Object.keys(saver.problems).length === 0 ? errorText(t, saver.error) : null;
  const show = useShow();
  const stale =
    saver.stale && existing ? (
      <RequestStale
        existing={existing}
        mine={v}
        base={form.getInitialValues()}
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
      label={t(existing ? 'dispatch.form.editTitle' : 'dispatch.form.newTitle', { ref: existing?.reference })}
      onSubmit={submit}
      maw={1000}
    >
      <FormDraftOffer form={form} guard={guard} currentVersion={existing?.version ?? null} />
      <FormProblems stale={stale} error={failure} items={summary} summaryRef={summaryRef} />
      <FormSection legend={t('dispatch.form.section.application')}>
        <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
          <SearchableSelect {...field('fiscalYear')} withAsterisk data={yearOptions(lang)} allowDeselect={false} />
          <DateField {...field('receivedOn')} withAsterisk description={t('dispatch.form.hint.receivedOn')} />
        </SimpleGrid>
        <WindowNote fiscalYear={v.fiscalYear} receivedOn={v.receivedOn} />
      </FormSection>
      <FormSection legend={t('dispatch.form.section.requester')}>
        <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
          <SearchableSelect
            {...field('countryCode')}
            withAsterisk
            data={countryOptions(countries, lang, v.countryCode)}
          />
          <div>
            <Text size="sm" fw={500} id="request-counterpart-label">
              {t('dispatch.field.counterpart')}
            </Text>
            <Text size="sm" mt={6} aria-labelledby="request-counterpart-label" data-testid="request-counterpart">
              <Counterpart countryCode={v.countryCode} counterpart={counterpart} />
            </Text>
          </div>
        </SimpleGrid>
        <SimpleGrid cols={2} spacing="md" verticalSpacing="sm" mt="sm">
          <TextInput
            {...field('requestingGovernment')}
            withAsterisk
            description={t('dispatch.form.hint.requestingGovernment')}
            maxLength={200}
          />
          <SearchableSelect
            {...field('fieldId')}
            withAsterisk
            data={expertiseOptions(fields, lang, v.fieldId ? [Number(v.fieldId)] : [])}
          />
        </SimpleGrid>
      </FormSection>
      <FormSection legend={t('dispatch.form.section.request')}>
        <Textarea
          {...field('summary')}
          withAsterisk
          autosize
          minRows={3}
          maxRows={12}
          description={t('dispatch.form.hint.summary')}
        />
        <SimpleGrid cols={2} spacing="md" verticalSpacing="sm" mt="sm">
          <DateField {...field('wishedStart')} />
          <DateField {...field('wishedEnd')} />
        </SimpleGrid>
      </FormSection>
      <FormSection legend={t('dispatch.form.section.contact')}>
        <SimpleGrid cols={3} spacing="md" verticalSpacing="sm">
          <TextInput {...field('contactName')} maxLength={200} />
          <TextInput {...field('contactEmail')} type="email" maxLength={254} />
          <TextInput {...field('contactPhone')} type="tel" maxLength={60} />
        </SimpleGrid>
      </FormSection>
      <FormActions
        saver={saver}
        onCancel={onCancel}
        submit={existing ? t('dispatch.form.saveChanges') : t('dispatch.form.create')}
        sticky
        submitProps={{ 'data-testid': 'request-save' }}
      />
    </SaveForm>
  );
}

interface StaleProps {
  /** The request as saved now (refetched after the stale answer). */
  existing: DispatchRequest;
  mine: RequestValues;
  base: RequestValues;
  label: (key: string) => string;
  show: (key: string, value: unknown) => string;
  /** The values the form takes, and the saved ones they now apply to. */
  onChoose: (values: RequestValues, saved: RequestValues) => void;
}

/** Someone else saved the request meanwhile: the person's edits beside it, to keep or to drop. */
function RequestStale({ existing, mine, base, label, show, onChoose }: StaleProps) {
  const edits = { mine, base, saved: requestValues(existing) };
  return (
    <StaleChanges
      rows={staleRows(edits, label, show)}
      onKeepMine={() => onChoose(keepMine(edits), edits.saved)}
      onTakeSaved={() => onChoose(edits.saved, edits.saved)}
    />
  );
}

/** The problems listed above the form, in the form's order. */
function summaryItems(problems: Problems, message: (key: string) => string | undefined) {
  return REQUEST_ORDER.filter((k) => problems[k]).map((k) => ({ id: requestInputId(k), text: message(k) ?? '' }));
}

/** Where the date received falls against the fiscal year's application window (nothing until both are given). */
function WindowNote({ fiscalYear, receivedOn }: { fiscalYear: string | null; receivedOn: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const note = windowNote(t, lang, fiscalYear ? Number(fiscalYear) : null, receivedOn);
  if (!note) return null;
  return (
    <Alert
      mt="sm"
      color={note.outside ? 'orange' : 'blue'}
      c="dark.7"
      icon={note.outside ? <IconAlertTriangle aria-hidden /> : <IconInfoCircle aria-hidden />}
      data-testid="window-note"
      data-outside={note.outside || undefined}
      aria-live="polite"
    >
      {note.text}
    </Alert>
  );
}

type Named = { name: string };

/** The country's counterpart, linked to the counterparts; or how to get one. */
function Counterpart({ countryCode, counterpart }: { countryCode: string | null; counterpart: Named | null }) {
  const { t } = useTranslation();
  if (!countryCode) {
    return (
      <Text span c="dimmed" size="sm">
        {t('dispatch.form.counterpartFromCountry')}
      </Text>
    );
  }
  if (counterpart) {
    return (
      <Anchor component={Link} to="/dispatch/counterparts" size="sm">
        {counterpart.name}
      </Anchor>
    );
  }
  return (
    <>
      {t('dispatch.form.noCounterpart')}{' '}
      <Anchor component={Link} to="/dispatch/counterparts" size="sm">
        {t('dispatch.form.addCounterpart')}
      </Anchor>
    </>
  );
}

/** How a request's value reads in the stale comparison. */
function useShow() {
  const lang = useLang();
  const labels = useReferenceLabels();
  const field = expertiseLabel(useExpertise().data, lang);
  return (key: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '';
    if (key === 'fiscalYear') return fyLabel(Number(value), lang);
    if (key === 'countryCode') return labels.country(String(value));
    if (key === 'fieldId') return field(Number(value));
    return String(value);
  };
}
