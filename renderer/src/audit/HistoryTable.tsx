// The history entries: when, who, what, the record (linked while it exists), and the changes, which
// open under the row on request.
import { Button, Text } from '@mantine/core';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { DataTable, type DataTableColumn } from 'mantine-datatable';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { AuditRow } from '../../../shared/audit/schema';
import { formatTimestamp, useLang } from '../i18n/format';
import { ChangeTable } from '../ui/history/ChangeTable';
import { changedFieldNames, diffEntry } from '../ui/history/diff';
import { actionText, entityText, fieldKeys, subjectRoute, subjectText } from '../ui/history/labels';
import { PAGE_SIZE } from './historyParams';
import '../ui/lists/list.css';

interface Props {
  rows: AuditRow[];
  total: number;
  page: number;
  pending: boolean;
  failed: boolean;
  filtered: boolean;
  onPage: (page: number) => void;
}

export function HistoryTable({ rows, total, page, pending, failed, filtered, onPage }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [expanded, setExpanded] = useState<number[]>([]);

  const columns = useMemo<DataTableColumn<AuditRow>[]>(() => {
    const toggle = (id: number) =>
      setExpanded((ids) => (ids.includes(id) ? ids.filter((i) => i !== id) : [...ids, id]));
    return [
      {
        accessor: 'at',
        title: t('audit.col.when'),
        width: 130,
        render: (r) => (
          <span className="audit-nowrap" id={`audit-${r.id}-when`}>
            {formatTimestamp(r.at)}
          </span>
        ),
      },
      { accessor: 'actor', title: t('audit.col.who'), width: 150, render: (r) => <span>{r.actor}</span> },
      {
        accessor: 'action',
        title: t('audit.col.what'),
        width: 200,
        render: (r) => (
          <div className="tl-name">
            <span id={`audit-${r.id}-what`}>{actionText(t, r.action)}</span>
            <span className="tl-sub">{entityText(t, r.entity)}</span>
          </div>
        ),
      },
      {
        accessor: 'subject',
        title: t('audit.col.record'),
        render: (r) => {
          const name = subjectText(t, r, lang);
          return (
            <div className="tl-name">
              {r.subject.link ? (
                <Link
                  to={subjectRoute(r.subject.link)}
                  className="tl-link"
                  id={`audit-${r.id}-record`}
                  data-testid="audit-record-link"
                >
                  {name}
                </Link>
              ) : (
                <span id={`audit-${r.id}-record`}>{name}</span>
              )}
              {!r.subject.exists && r.entityId !== '*' && <span className="tl-sub">{t('audit.subject.gone')}</span>}
            </div>
          );
        },
      },
      {
        accessor: 'id',
        title: t('audit.col.changes'),
        width: 260,
        render: (r) => {
          const open = expanded.includes(r.id);
          const fields = r.action === 'update' ? changedFieldNames(r) : [];
          const count = diffEntry(r).length;
          const summary =
            fields.length > 0
              ? fields
                  .map((f) => t(fieldKeys(r.entity, [{ field: f }]), { defaultValue: f }))
                  .join(t('audit.separator'))
              : t('audit.changes', { count });
          return (
            <div className="tl-name">
              <Text size="xs" lineClamp={2}>
                {summary}
              </Text>
              <Button
                variant="subtle"
                size="compact-xs"
                px={4}
                w="fit-content"
                onClick={() => toggle(r.id)}
                aria-expanded={open}
                aria-describedby={`audit-${r.id}-what audit-${r.id}-record audit-${r.id}-when`}
                rightSection={
                  open ? <IconChevronUp size={12} aria-hidden /> : <IconChevronDown size={12} aria-hidden />
                }
                data-testid="audit-toggle"
              >
                {t(open ? 'audit.hide' : 'audit.show')}
              </Button>
            </div>
          );
        },
      },
    ];
  }, [t, lang, expanded]);

  return (
    <DataTable
      aria-label={t('audit.title')}
      withTableBorder
      borderRadius="sm"
      fz="sm"
      horizontalSpacing="xs"
      verticalSpacing={6}
      verticalAlign="top"
      striped
      minHeight={rows.length === 0 ? 180 : undefined}
      records={rows}
      columns={columns}
      idAccessor="id"
      fetching={pending}
      totalRecords={total}
      recordsPerPage={PAGE_SIZE}
      page={page}
      onPageChange={(p) => {
        setExpanded([]);
        onPage(p);
      }}
      customRowAttributes={(r) => ({ 'data-testid': 'audit-row', 'data-entity': r.entity, 'data-action': r.action })}
      rowExpansion={{
        trigger: 'never',
        allowMultiple: true,
        expanded: { recordIds: expanded, onRecordIdsChange: (ids: unknown[]) => setExpanded(ids as number[]) },
        content: ({ record }) => (
          <div className="audit-expansion">
            <ChangeTable entry={record} />
          </div>
        ),
      }}
      noRecordsText={failed ? t('audit.loadFailed') : filtered ? t('audit.emptyFiltered') : t('audit.empty')}
      paginationText={({ from, to, totalRecords }) => t('audit.range', { from, to, total: totalRecords })}
      getPaginationControlProps={(control) => ({ 'aria-label': t(`list.page_${control}`) })}
      loadingText={t('common.loading')}
    />
  );
}
