// One form for adding and editing a host. Problems are checked with the core's own schema as the
// person works (after the first attempt to save); the core's answers land on the same inputs, and a
// possible duplicate is asked about before anything is saved.
import { Button, Group, Paper, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Host } from '../../../../shared/hosts/schema';
import { WarningsDialog } from '../../app/WarningsDialog';
import { useLang } from '../../i18n/format';
import { issueText } from '../../i18n/messages';
import { FormProblems } from '../../trainees/form/FormProblems';
import { formFieldLabel, primaryName } from '../labels';
import {
  emptyValues,
  fieldOrder,
  type HostFormValues,
  inputId,
  newContact,
  type Problems,
  validateValues,
  valuesOf,
} from './formValues';
import { type HostFieldProps, HostFormSections } from './HostFormSections';
import { useSaveHost } from './useSaveHost';

const CHOICES = new Set(['kind', 'prefecture']);

/** The value at a dotted path ("contacts.1.email"), to tell which inputs changed. */
const valueAt = (values: unknown, path: string) =>
  path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], values);

interface Props {
  existing: Host | null;
  onSaved: (host: Host) => void;
  onCancel: () => void;
  onReload: () => void;
}

export function HostForm({ existing, onSaved, onCancel, onReload }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [clientProblems, setClientProblems] = useState<Problems>({});
  const [serverProblems, setServerProblems] = useState<Problems>({});
  const [attempted, setAttempted] = useState(false);
  const attemptedRef = useRef(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  const form = useForm<HostFormValues>({
    mode: 'controlled',
    initialValues: existing ? valuesOf(existing) : emptyValues(),
    onValuesChange: (values, previous) => {
      // A changed input's answer from the core no longer applies.
      setServerProblems((p) => {
        const changed = Object.keys(p).filter(
          (k) => JSON.stringify(valueAt(values, k)) !== JSON.stringify(valueAt(previous, k)),
        );
        if (changed.length === 0) return p;
        const next = { ...p };
        for (const k of changed) delete next[k];
        return next;
      });
      if (attemptedRef.current) setClientProblems(validateValues(values));
    },
  });

  const saver = useSaveHost({ existing, onSaved, onServerProblems: setServerProblems });
  const problems: Problems = { ...serverProblems, ...clientProblems };
  const message = (path: string, label: string) => {
    const p = problems[path];
    if (!p) return undefined;
    // A missing choice is asked for as a choice ("please choose"), not as typing.
    const code = p.code === 'required' && CHOICES.has(path) ? 'required_choice' : p.code;
    return issueText(t, { path, code, params: p.params }, label);
  };

  const field: HostFieldProps = (path, shortLabel) => {
    const props = form.getInputProps(path);
    const label = shortLabel ?? formFieldLabel(t, path);
    return {
      id: inputId(path),
      name: path,
      label,
      value: props.value as never,
      onChange: props.onChange,
      // Messages name the field in full ("Contact 2: Email"), the label stays short.
      error: message(path, formFieldLabel(t, path)),
      inputWrapperOrder: ['label', 'input', 'description', 'error'],
    };
  };

  const removeContact = (index: number) => {
    form.removeListItem('contacts', index);
    // Rows below move up: problems keyed by row number would point at the wrong row.
    setServerProblems((p) => Object.fromEntries(Object.entries(p).filter(([k]) => !k.startsWith('contacts.'))));
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    attemptedRef.current = true;
    const found = validateValues(form.values);
    setClientProblems(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    void saver.save(form.values);
  };

  const summary =
    attempted || Object.keys(serverProblems).length > 0
      ? fieldOrder(form.values)
          .filter((k) => problems[k])
          .map((k) => ({ id: inputId(k), text: message(k, formFieldLabel(t, k)) ?? '' }))
      : [];
  const title = existing ? t('hosts.form.editTitle', { name: primaryName(existing, lang) }) : t('hosts.form.newTitle');

  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <Stack gap="md" maw={1000}>
        <FormProblems
          stale={saver.stale ? { title: t('hosts.form.staleTitle'), text: t('hosts.form.stale') } : null}
          onReload={onReload}
          items={summary}
          summaryRef={summaryRef}
        />
        <HostFormSections
          values={form.values}
          field={field}
          activeChecked={form.values.active}
          onActive={(active) => form.setFieldValue('active', active)}
          onAddContact={() => form.insertListItem('contacts', newContact())}
          onRemoveContact={removeContact}
        />
        <Paper withBorder p="sm" pos="sticky" bottom={0} style={{ zIndex: 5 }} shadow="sm">
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saver.saving}>
              {existing ? t('hosts.form.saveChanges') : t('hosts.form.create')}
            </Button>
          </Group>
        </Paper>
      </Stack>
      <WarningsDialog
        warnings={saver.warnings}
        saving={saver.saving}
        onCancel={saver.dismissWarnings}
        onConfirm={() => void saver.save(form.values, true)}
      />
    </form>
  );
}
