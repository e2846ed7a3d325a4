// The placeholders staff may type in Word, with what each one gives, in the person's language.
import { Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PLACEHOLDERS, type RecordKind } from '../../../shared/templates/placeholders';

export function PlaceholderTable({ kind }: { kind: RecordKind }) {
  const { t } = useTranslation();
  return (
    <Table striped withTableBorder data-testid="placeholder-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('templates.placeholders.name')}</Table.Th>
          <Table.Th>{t('templates.placeholders.gives')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {PLACEHOLDERS[kind].map((name) => (
          <Table.Tr key={name}>
            <Table.Td>
              <Code>{`{${name}}`}</Code>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{t(`templates.placeholder.${name}`)}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
