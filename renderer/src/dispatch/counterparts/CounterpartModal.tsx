// Add or edit a country's counterpart agency: its name, a contact person, email, phone, address, notes.
import { Alert, Button, Group, Modal, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Counterpart, CounterpartInput } from '../../../../shared/dispatch/schema';
import type { Country } from '../../../../shared/reference/schema';
import { api } from '../../api/client';
import { useLang } from '../../i18n/format';
import { errorOf, issueText } from '../../i18n/messages';
import { notifySaved } from '../../i18n/notify';
import { nameOf } from '../../reference/queries';
import { dispatchErrorText } from '../issues';
import { issueProblems, type Problems, schemaProblems } from '../problems';
import { useInvalidateDispatch } from '../queries';

const PARTS = ['name', 'contactName', 'email', 'phone', 'address', 'notes'] as const;
type Part = (typeof PARTS)[number];

interface Props {
  editing: { country: Country; counterpart: Counterpart | null } | null;
  onClose: () => void;
}

export function CounterpartModal({ editing, onClose }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const title = editing
    ? t(editing.counterpart ? 'dispatch.counterparts.editTitle' : 'dispatch.counterparts.addTitle', {
        country: nameOf(editing.country, lang),
      })
    : '';
  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      title={title}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.cancel') }}
    >
      {editing && <CounterpartForm key={editing.country.code} {...editing} onClose={onClose} />}
    </Modal>
  );
}

function CounterpartForm({ country, counterpart, onClose }: NonNullable<Props['editing']> & { onClose: () => void }) {
  const { t } = useTranslation();
  const invalidate = useInvalidateDispatch();
  const [values, setValues] = useState<Record<Part, string>>(
    () => Object.fromEntries(PARTS.map((p) => [p, counterpart?.[p] ?? ''])) as Record<Part, string>,
  );
  const [problems, setProblems] = useState<Problems>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = () => ({ countryCode: country.code, ...values });
  const label = (p: Part) => t(`dispatch.counterparts.field.${p}`);
  const error = (p: Part) => {
    const found = problems[p];
    return found ? issueText(t, { path: p, ...found }, label(p)) : undefined;
  };
  const text = (p: Part) => ({
    label: label(p),
    value: values[p],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setValues({ ...values, [p]: e.currentTarget.value }),
    error: error(p),
  });

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setGeneral(null);
    const found = schemaProblems(CounterpartInput, input());
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const data = CounterpartInput.parse(input());
    setBusy(true);
    try {
      const saved = counterpart
        ? await api().call('counterparts.update', { id: counterpart.id, version: counterpart.version, data })
        : await api().call('counterparts.create', { data });
      await invalidate();
      notifySaved(t('dispatch.counterparts.saved', { name: saved.name }));
      onClose();
    } catch (caught) {
      const e = errorOf(caught);
      if (e.issues?.length) setProblems(issueProblems(e.issues));
      setGeneral(dispatchErrorText(t, caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        {general && (
          <Alert color="red" role="alert">
            {general}
          </Alert>
        )}
        <TextInput {...text('name')} withAsterisk maxLength={300} data-autofocus />
        <SimpleGrid cols={3}>
          <TextInput {...text('contactName')} maxLength={200} />
          <TextInput {...text('email')} type="email" maxLength={254} />
          <TextInput {...text('phone')} type="tel" maxLength={60} />
        </SimpleGrid>
        <Textarea {...text('address')} autosize minRows={2} maxLength={500} />
        <Textarea {...text('notes')} autosize minRows={2} maxRows={8} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy} data-testid="counterpart-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
