// The register's table: number (with 再発行 or "not in this database"), date, kind, addressee, record,
// who issued it, and for a built-in letter Print and Reissue. Sorted and paged by the core. A file
// merged from an office template names its template under the kind and has neither: it is made
// again from the template instead.
import { Badge, Button, Stack, Text } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LETTER_KINDS, type LetterKind } from '../../../shared/documents/letters';
import type { RegisterEntry } from '../../../shared/documents/schema';
import { useLang } from '../i18n/format';
import { ListTable, type SortedRows } from '../ui/lists/ListTable';
import { SortHeader } from '../ui/lists/SortHeader';
import '../ui/lists/list.css';
import { kindText, numberOf, rowKey } from './labels';
import { letterPrintPath } from './letter/queries';
import { PAGE_SIZE, type RegisterSort } from './listParams';

type Row = RegisterEntry & { key: string };

interface Props extends SortedRows<RegisterEntry, RegisterSort> {
  onReissue: (entry: RegisterEntry) => void;
}

/** A built-in letter still in this database can be printed again and reissued; a merged file cannot. */
const isLetter = (r: RegisterEntry) =>
  r.id !== null && (LETTER_KINDS as readonly string[]).includes(r.kind as LetterKind);

function NumberCell({ r }: { r: RegisterEntry }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div>
      <Text size="sm" fw={600} data-testid="document-number">
        {numberOf(r, lang)}
      </Text>
      {r.reissue > 0 && (
        <Badge size="sm" variant="outline" color="orange.9" data-testid="reissue-badge">
          {t('documents.reissued', { count: r.reissue })}
        </Badge>
      )}
      {r.missing && (
        <Text size="xs" c="red.9" data-testid="missing-note">
          {t('documents.missing')}
        </Text>
      )}
    </div>
  );
}

function KindCell({ r }: { r: RegisterEntry }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="sm">{kindText(t, r.kind)}</Text>
      {r.templateName && (
        <Text size="xs" c="dimmed" data-testid="document-template">
          {r.templateName}
        </Text>
      )}
    </div>
  );
}

export const RegisterTable = memo(function RegisterTable({ onReissue, ...list }: Props) {
  const { t } = useTranslation();
  const { sort, dir, onSort } = list;
  const rows = useMemo(() => list.rows.map((r) => ({ ...r, key: rowKey(r) })), [list.rows]);
  const columns = useMemo((): DataTableColumn<Row>[] => {
    const title = (key: string, s: RegisterSort) => (
      <SortHeader label={t(key)} sort={s} current={sort} dir={dir} onSort={onSort} />
    );
    return [
      {
        accessor: 'numberEn',
        title: title('documents.col.number', 'number'),
        width: 160,
        render: (r) => <NumberCell r={r} />,
      },
      { accessor: 'issuedOn', title: title('documents.col.issuedOn', 'issuedOn'), width: 105 },
      { accessor: 'kind', title: title('documents.col.kind', 'kind'), width: 150, render: (r) => <KindCell r={r} /> },
      { accessor: 'addressee', title: title('documents.col.addressee', 'addressee') },
      { accessor: 'recordLabel', title: t('documents.col.record'), width: 150 },
      { accessor: 'issuedBy', title: t('documents.col.issuedBy'), width: 100, render: (r) => r.issuedBy || '—' },
      {
        accessor: 'actions',
        title: '',
        width: 100,
        // One above the other, so the table fits beside the navigation at 1280 px.
        render: (r) =>
          isLetter(r) ? (
            <Stack gap={4} align="stretch">
              <Button
                size="compact-sm"
                variant="default"
                component={Link}
                to={letterPrintPath(r)}
                data-testid="print-letter"
              >
                {t('documents.printLetter')}
              </Button>
              <Button size="compact-sm" variant="default" onClick={() => onReissue(r)} data-testid="reissue">
                {t('documents.reissue')}
              </Button>
            </Stack>
          ) : null,
      },
    ];
  }, [t, sort, dir, onSort, onReissue]);

  return (
    <ListTable
      label={t('documents.title')}
      list={{ ...list, rows }}
      pageSize={PAGE_SIZE}
      columns={columns}
      idAccessor="key"
      minHeight={220}
      emptyMinHeight={300}
      rowAttributes={(r) => ({ 'data-testid': 'document-row', 'data-number': r.numberEn })}
      empty={{ title: t('documents.emptyTitle'), text: t('documents.emptyText') }}
    />
  );
});
