// One form for recording and editing a request. The counterpart follows the country (read-only, with a
// link to the counterparts); the application-window note follows the fiscal year and the date received
// as they are typed: a request outside its window is flagged, never refused. Problems are checked with
// the contract's schema after the first attempt to save; the core's answers land on the same inputs.
import {
  Alert,
  Anchor,
  Button,
  Fieldset,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type DispatchRequest, RequestInput } from '../../../../shared/dispatch/schema';
import { todayIso } from '../../../../shared/fiscal-year';
import type { Warning } from '../../../../shared/result';
import { api } from '../../api/client';
import { useLang } from '../../i18n/format';
import { errorOf, issueText } from '../../i18n/messages';
import { notifyError } from '../../i18n/notify';
import { countryOptions, useCountries } from '../../reference/queries';
import { DateField } from '../../trainees/form/DateField';
import { FormProblems } from '../../trainees/form/FormProblems';
import { windowNote } from '../labels';
import { expertiseOptions, upcomingFiscalYear, yearOptions } from '../options';
import { issueProblems, type Problems, schemaProblems } from '../problems';
import { useCounterparts, useExpertise, useInvalidateDispatch } from '../queries';
import {
  emptyRequest,
  REQUEST_ORDER,
  type RequestValues,
  requestInput,
  requestInputId,
  requestValues,
} from './requestValues';

const LEGEND = { legend: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } };
const CHOICES = new Set(['fiscalYear', 'countryCode', 'fieldId']);

interface Props {
  existing: DispatchRequest | null;
  onSaved: (request: DispatchRequest, warnings: Warning[]) => void;
  onCancel: () => void;
  onReload: () => void;
}

export function RequestForm({ existing, onSaved, onCancel, onReload }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const countries = useCountries().data ?? [];
  const fields = useExpertise().data ?? [];
  const counterparts = useCounterparts().data ?? [];
  const invalidate = useInvalidateDispatch();
  const [attempted, setAttempted] = useState(false);
  const [server, setServer] = useState<Problems>({});
  const [saving, setSaving] = useState(false);
  const [stale, setStale] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const form = useForm<RequestValues>({
    mode: 'controlled',
    initialValues: existing ? requestValues(existing) : emptyRequest(upcomingFiscalYear(), todayIso()),
    onValuesChange: (values, previous) =>
      setServer((p) => {
        const changed = Object.keys(p).filter(
          (k) => values[k as keyof RequestValues] !== previous[k as keyof RequestValues],
        );
        if (changed.length === 0) return p;
        const next = { ...p };
        for (const k of changed) delete next[k];
        return next;
      }),
  });
  const v = form.values;
  const client = attempted ? schemaProblems(RequestInput, requestInput(v)) : {};
  const problems: Problems = { ...server, ...client };
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

  const counterpart = counterparts.find((c) => c.countryCode === v.countryCode) ?? null;
  const note = windowNote(t, lang, v.fiscalYear ? Number(v.fiscalYear) : null, v.receivedOn);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    const input = requestInput(v);
    const parsed = RequestInput.safeParse(input);
    if (!parsed.success) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setSaving(true);
    try {
      const data = { ...parsed.data, counterpartId: counterpart?.id ?? null };
      const saved = existing
        ? await api().call('requests.update', { id: existing.id, version: existing.version, data })
        : await api().call('requests.create', { data });
      await invalidate();
      onSaved(saved.request, saved.warnings);
    } catch (error) {
      const e = errorOf(error);
      if (e.code === 'stale') setStale(true);
      else {
        if (e.issues?.length) setServer(issueProblems(e.issues));
        notifyError(error);
      }
    } finally {
      setSaving(false);
    }
  };

  const summary =
    attempted || Object.keys(server).length > 0
      ? REQUEST_ORDER.filter((k) => problems[k]).map((k) => ({ id: requestInputId(k), text: message(k) ?? '' }))
      : [];

  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t(existing ? 'dispatch.form.editTitle' : 'dispatch.form.newTitle', { ref: existing?.reference })}
    >
      <Stack gap="md" maw={1000}>
        <FormProblems
          stale={stale ? { title: t('dispatch.form.staleTitle'), text: t('dispatch.form.stale') } : null}
          onReload={onReload}
          items={summary}
          summaryRef={summaryRef}
        />
        <Fieldset styles={LEGEND} legend={t('dispatch.form.section.application')}>
          <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
            <Select {...field('fiscalYear')} withAsterisk data={yearOptions(lang)} searchable allowDeselect={false} />
            <DateField
              {...field('receivedOn')}
              withAsterisk
              description={t('dispatch.form.hint.receivedOn')}
              maxDate={undefined}
            />
          </SimpleGrid>
          {note && (
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
          )}
        </Fieldset>
        <Fieldset styles={LEGEND} legend={t('dispatch.form.section.requester')}>
          <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
            <Select
              {...field('countryCode')}
              withAsterisk
              data={countryOptions(countries, lang, v.countryCode)}
              searchable
            />
            <div>
              <Text size="sm" fw={500} id="request-counterpart-label">
                {t('dispatch.field.counterpart')}
              </Text>
              <Text size="sm" mt={6} aria-labelledby="request-counterpart-label" data-testid="request-counterpart">
                {!v.countryCode ? (
                  <Text span c="dimmed" size="sm">
                    {t('dispatch.form.counterpartFromCountry')}
                  </Text>
                ) : counterpart ? (
                  <Anchor component={Link} to="/dispatch/counterparts" size="sm">
                    {counterpart.name}
                  </Anchor>
                ) : (
                  <>
                    {t('dispatch.form.noCounterpart')}{' '}
                    <Anchor component={Link} to="/dispatch/counterparts" size="sm">
                      {t('dispatch.form.addCounterpart')}
                    </Anchor>
                  </>
                )}
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
            <Select
              {...field('fieldId')}
              withAsterisk
              data={expertiseOptions(fields, lang, v.fieldId ? [Number(v.fieldId)] : [])}
              searchable
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset styles={LEGEND} legend={t('dispatch.form.section.request')}>
          <Textarea
            {...field('summary')}
            withAsterisk
            autosize
            minRows={3}
            maxRows={12}
            description={t('dispatch.form.hint.summary')}
          />
          <SimpleGrid cols={2} spacing="md" verticalSpacing="sm" mt="sm">
            <DateField {...field('wishedStart')} clearable />
            <DateField {...field('wishedEnd')} clearable />
          </SimpleGrid>
        </Fieldset>
        <Fieldset styles={LEGEND} legend={t('dispatch.form.section.contact')}>
          <SimpleGrid cols={3} spacing="md" verticalSpacing="sm">
            <TextInput {...field('contactName')} maxLength={200} />
            <TextInput {...field('contactEmail')} type="email" maxLength={254} />
            <TextInput {...field('contactPhone')} type="tel" maxLength={60} />
          </SimpleGrid>
        </Fieldset>
        <Paper withBorder p="sm" pos="sticky" bottom={0} style={{ zIndex: 5 }} shadow="sm">
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving} data-testid="request-save">
              {existing ? t('dispatch.form.saveChanges') : t('dispatch.form.create')}
            </Button>
          </Group>
        </Paper>
      </Stack>
    </form>
  );
}
