// One entry's changes, field by field: before and after, long text shortened, secret values (passport
// and residence-card numbers, photos) only said to have changed. Stored text is shown as text, always.
import { Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/audit/schema';
import { useReferenceLabels } from '../../api/reference';
import { useLang } from '../../i18n/format';
import { type Change, diffEntry, shorten } from './diff';
import { pathText, valueText } from './labels';
import './history.css';

function Value({ text, max }: { text: string | null; max?: number }) {
  const { t } = useTranslation();
  if (text === null) {
    return (
      <Text span size="xs" c="dimmed" aria-label={t('audit.none')}>
        —
      </Text>
    );
  }
  const short = shorten(text, max);
  return (
    <Text span size="xs" className="audit-value" title={short.shortened ? t('audit.shortened') : undefined}>
      {short.text}
    </Text>
  );
}

interface Props {
  entry: Pick<AuditEntry, 'id' | 'entity' | 'action' | 'before' | 'after'>;
  /** For a narrow column (a record's page): each change on its own lines, "old → new". */
  compact?: boolean;
}

export function ChangeTable({ entry, compact = false }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const lookups = useReferenceLabels();
  const changes = diffEntry(entry);
  if (changes.length === 0) {
    return (
      <Text size="xs" c="dimmed" data-testid="audit-changes">
        {t('audit.noChanges')}
      </Text>
    );
  }
  const text = (change: Change, value: unknown) => {
    const last = change.path.filter((s) => 'field' in s).at(-1);
    const field = last && 'field' in last ? last.field : '';
    return valueText(t, lang, lookups, entry.entity, field, value);
  };
  if (compact) {
    return (
      <dl className="audit-compact" data-testid="audit-changes">
        {changes.map((change) => (
          <div key={JSON.stringify(change.path)} data-testid="audit-change">
            <dt>{pathText(t, entry.entity, change.path)}</dt>
            <dd>
              {change.secret ? (
                <Text span size="xs" fs="italic">
                  {t('audit.changedSecret')}
                </Text>
              ) : (
                <>
                  <Value text={text(change, change.before)} max={80} />
                  <Text span size="xs" c="dimmed" mx={4} aria-hidden>
                    →
                  </Text>
                  <VisuallyHidden>{t('audit.becomes')}</VisuallyHidden>
                  <Value text={text(change, change.after)} max={80} />
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  return (
    <Table
      className="audit-changes"
      fz="xs"
      verticalSpacing={4}
      horizontalSpacing="xs"
      withRowBorders
      data-testid="audit-changes"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="30%">{t('audit.change.field')}</Table.Th>
          <Table.Th w="35%">{t('audit.change.before')}</Table.Th>
          <Table.Th w="35%">{t('audit.change.after')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {changes.map((change) => (
          <Table.Tr key={JSON.stringify(change.path)} data-testid="audit-change">
            <Table.Th scope="row" fw={500}>
              {pathText(t, entry.entity, change.path)}
            </Table.Th>
            {change.secret ? (
              <Table.Td colSpan={2}>
                <Text span size="xs" fs="italic">
                  {t('audit.changedSecret')}
                </Text>
              </Table.Td>
            ) : (
              <>
                <Table.Td>
                  <Value text={text(change, change.before)} />
                </Table.Td>
                <Table.Td>
                  <Value text={text(change, change.after)} />
                </Table.Td>
              </>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
