// The host's contact people: one row of five inputs each, added and removed as the person needs.
import { ActionIcon, Button, Fieldset, Group, SimpleGrid, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MAX_CONTACTS } from '../../../../shared/hosts/schema';
import type { FieldInputProps } from '../../ui/forms/FormSection';
import { CONTACT_PARTS, type ContactValues, inputId } from './formValues';

interface Props {
  contacts: ContactValues[];
  /** The form's field props (HostFormSections' HostFieldProps; named here so the two files import one way). */
  field: (path: string, label?: string) => FieldInputProps;
  onAdd: () => void;
  onRemove: (index: number) => void;
}

const TYPES: Partial<Record<(typeof CONTACT_PARTS)[number], string>> = { email: 'email', phone: 'tel' };

export function ContactsEditor({ contacts, field, onAdd, onRemove }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {contacts.length === 0 && (
        <Text size="sm" c="dimmed" mb="sm">
          {t('hosts.contact.none')}
        </Text>
      )}
      {contacts.map((contact, i) => {
        const n = i + 1;
        return (
          <Fieldset
            key={contact.key}
            legend={t('hosts.contact.number', { n })}
            variant="filled"
            mb="sm"
            data-testid="host-contact"
          >
            <Group align="flex-start" wrap="nowrap" gap="sm">
              <SimpleGrid cols={3} spacing="sm" verticalSpacing="xs" style={{ flex: 1 }}>
                {CONTACT_PARTS.map((part) => (
                  <TextInput
                    key={part}
                    {...field(`contacts.${i}.${part}`, t(`hosts.contact.${part}`))}
                    type={TYPES[part] ?? 'text'}
                    withAsterisk={part === 'name'}
                    autoComplete="off"
                  />
                ))}
              </SimpleGrid>
              <Tooltip label={t('hosts.contact.remove', { n })}>
                <ActionIcon
                  variant="subtle"
                  color="red.8"
                  mt={26}
                  aria-label={t('hosts.contact.remove', { n })}
                  onClick={() => onRemove(i)}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Tooltip>
            </Group>
          </Fieldset>
        );
      })}
      <Group gap="sm">
        <Button
          id={inputId('contacts')}
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={onAdd}
          disabled={contacts.length >= MAX_CONTACTS}
        >
          {t('hosts.contact.add')}
        </Button>
        {contacts.length >= MAX_CONTACTS && (
          <Text size="xs" c="dimmed">
            {t('hosts.contact.max', { max: MAX_CONTACTS })}
          </Text>
        )}
      </Group>
    </>
  );
}
