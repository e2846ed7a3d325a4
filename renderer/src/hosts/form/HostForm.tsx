// One form for adding and editing a host, on the app's form kit: problems are checked with the core's
// own schema as the person works (after the first attempt to save), the core's answers land on the same
// inputs and a possible duplicate is asked about before anything is saved (useSave), and typed work is
// guarded and kept as a draft (useUnsavedGuard). Someone else's save is shown beside the person's edits.
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Problems, withoutChanged } from '../../../../shared/forms/problems';
import { type Host, HostInput } from '../../../../shared/hosts/schema';
import { api } from '../../api/client';
import { useReferenceLabels } from '../../api/reference';
import { useLang } from '../../i18n/format';
import { errorOf, errorText, issueText } from '../../i18n/messages';
import { FormActions } from '../../ui/forms/FormActions';
import { FormProblems } from '../../ui/forms/FormProblems';
import { HINT_BELOW } from '../../ui/forms/FormSection';
import { SaveForm } from '../../ui/forms/SaveForm';
import { useFormCheck } from '../../ui/forms/useFormCheck';
import { DraftOffer } from '../../ui/guard/DraftOffer';
import { useUnsavedGuard } from '../../ui/guard/useUnsavedGuard';
import { useSave } from '../../ui/save/useSave';
import { formFieldLabel, primaryName } from '../labels';
import { hostKeys } from '../queries';
import {
  emptyValues,
  fieldOrder,
  type HostFormValues,
  inputId,
  inputOf,
  LISTS,
  newContact,
  validateValues,
  valuesOf,
} from './formValues';
import { type HostFieldProps, HostFormSections } from './HostFormSections';
import { HostStale } from './HostStale';

const CHOICES = new Set(['kind', 'prefecture']);

type HostData = ReturnType<typeof HostInput.parse>;

interface Props {
  /** The host as saved now (refetched after someone else saved it). */
  existing: Host | null;
  onSaved: (host: Host) => void;
  onCancel: () => void;
  /** Fetches the host as it is now. */
  onReload: () => Promise<unknown>;
}

export function HostForm({ existing, onSaved, onCancel, onReload }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const labels = useReferenceLabels();
  const check = useFormCheck(validateValues);
  // The version the person's edits apply to: moves on only when they choose after a stale answer.
  const [version, setVersion] = useState(existing?.version ?? 0);

  const form = useForm<HostFormValues>({
    mode: 'controlled',
    initialValues: existing ? valuesOf(existing) : emptyValues(),
    onValuesChange: (values, previous) => {
      // A changed input's answer from the core no longer applies.
      saver.setProblems((p) => withoutChanged(p, values, previous));
      check.recheck(values);
    },
  });

  const submit = () => check.attempt(form.values, () => void saver.save(HostInput.parse(inputOf(form.values))));

  const guard = useUnsavedGuard({
    draft: { form: 'host', key: existing ? String(existing.id) : 'new' },
    values: form.values,
    dirty: form.isDirty(),
    baseVersion: existing ? version : null,
    onSave: submit,
  });

  const saver = useSave({
    summary: check.summaryRef,
    send: (data: HostData, { confirm }) =>
      existing
        ? api().call('hosts.update', { id: existing.id, version, data, confirm })
        : api().call('hosts.create', { data, confirm }),
    invalidates: () => [hostKeys.all, ['audit'], ['placements']],
    lists: LISTS,
    onSaved: (result) => onSaved(result.host),
    reload: onReload,
    guard,
  });

  const problems: Problems = { ...saver.problems, ...check.problems };
  const message = (path: string) => {
    const p = problems[path];
    if (!p) return undefined;
    // A missing choice is asked for as a choice ("please choose"), not as typing.
    const code = p.code === 'required' && CHOICES.has(path) ? 'required_choice' : p.code;
    // Messages name the field in full ("Contact 2: Email"), the label stays short.
    return issueText(t, { path, code, params: p.params }, formFieldLabel(t, path));
  };

  const field: HostFieldProps = (path, shortLabel) => {
    const props = form.getInputProps(path);
    return {
      id: inputId(path),
      name: path,
      label: shortLabel ?? formFieldLabel(t, path),
      value: props.value as never,
      onChange: props.onChange,
      error: message(path),
      inputWrapperOrder: HINT_BELOW,
    };
  };

  const removeContact = (index: number) => {
    form.removeListItem('contacts', index);
    // Rows below move up: problems keyed by row number would point at the wrong row.
    saver.setProblems((p) => Object.fromEntries(Object.entries(p).filter(([k]) => !k.startsWith('contacts.'))));
  };

  // Problems on inputs the form does not show (none expected) still reach the person.
  const order = fieldOrder(form.values);
  const all = [...order, ...Object.keys(problems).filter((k) => !order.includes(k))];
  const summary =
    check.attempted || Object.keys(saver.problems).length > 0
      ? all.filter((k) => problems[k]).map((k) => ({ id: inputId(k), text: message(k) ?? '' }))
      : [];
  // A refusal that names fields is said on them (and goes when they change); any other failure at the top.
  const failure = saver.error && !errorOf(saver.error).issues?.length ? errorText(t, saver.error) : null;
  const title = existing ? t('hosts.form.editTitle', { name: primaryName(existing, lang) }) : t('hosts.form.newTitle');

  const stale =
    saver.stale && existing ? (
      <HostStale
        existing={existing}
        mine={form.values}
        base={form.getInitialValues()}
        t={t}
        lang={lang}
        fieldName={labels.field}
        onChoose={(values, initial, next) => {
          form.setValues(values);
          // Took the saved version: nothing typed is left, so the form is clean (Mantine keeps a per-field
          // "changed" mark that setInitialValues alone does not clear).
          if (values === initial) form.resetDirty(initial);
          else form.setInitialValues(initial);
          setVersion(next);
          saver.resolveStale();
        }}
      />
    ) : null;

  return (
    <SaveForm label={title} onSubmit={submit} warnings={{ saver }} maw={1000}>
      {!form.isDirty() && (
        <DraftOffer
          draft={guard.draft}
          currentVersion={existing?.version ?? null}
          onRestore={(values) => {
            // Contact rows get fresh keys: the saved ones may clash with rows added from now on.
            form.setValues({ ...form.values, ...values, contacts: (values.contacts ?? []).map(newContact) });
            guard.restored(values);
          }}
          onDiscard={guard.forget}
        />
      )}
      <FormProblems stale={stale} error={failure} items={summary} summaryRef={check.summaryRef} />
      <HostFormSections
        values={form.values}
        field={field}
        activeChecked={form.values.active}
        onActive={(active) => form.setFieldValue('active', active)}
        onAddContact={() => form.insertListItem('contacts', newContact())}
        onRemoveContact={removeContact}
      />
      <FormActions
        saver={saver}
        onCancel={onCancel}
        submit={existing ? t('hosts.form.saveChanges') : t('hosts.form.create')}
        sticky
      />
    </SaveForm>
  );
}
