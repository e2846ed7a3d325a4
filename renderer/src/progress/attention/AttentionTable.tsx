// The due items: state, due date (with its distance from today and fiscal year), kind, trainee, what
// it is about, and a link that opens the place to fix it. A click anywhere on a row does the same.
import { Badge, Text } from '@mantine/core';
import { DataTable, type DataTableColumn } from 'mantine-datatable';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { AttentionItem } from '../../../../shared/progress/schema';
import { useReferenceLabels } from '../../api/reference';
import { fyLabel, useLang } from '../../i18n/format';
import { EmptyState } from '../../ui/lists/EmptyState';
import { PAGE_SIZE } from './attentionParams';
import { STATE_HUE, STATE_TEXT } from './colors';
import { aboutText, actionText, distanceText } from './dueText';
import { targetUrl } from './targetUrl';
import '../../ui/lists/list.css';

interface Props {
  items: AttentionItem[];
  today: string;
  total: number;
  page: number;
  pending: boolean;
  failed: boolean;
  filtered: boolean;
  onPage: (page: number) => void;
  onClearFilters: () => void;
}

const keyOf = (r: AttentionItem) => `${r.kind}:${r.traineeId}:${r.placementId ?? ''}:${r.placementMonth ?? ''}`;

export function AttentionTable({
  items,
  today,
  total,
  page,
  pending,
  failed,
  filtered,
  onPage,
  onClearFilters,
}: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const labels = useReferenceLabels();

  const columns = useMemo<DataTableColumn<AttentionItem>[]>(
    () => [
      {
        accessor: 'state',
        title: t('progress.attention.col.state'),
        width: 120,
        render: (r) => (
          <Badge variant="light" color={STATE_HUE[r.state]} c={STATE_TEXT[r.state]} tt="none" radius="sm">
            {t(`progress.attention.state.${r.state}`)}
          </Badge>
        ),
      },
      {
        accessor: 'dueDate',
        title: t('progress.attention.col.due'),
        width: 170,
        render: (r) => (
          <div>
            <Text size="sm" fw={600}>
              {r.dueDate}
            </Text>
            <Text size="xs" c={r.state === 'overdue' ? 'red.9' : 'dimmed'}>
              {distanceText(t, today, r, true)}
            </Text>
          </div>
        ),
      },
      {
        accessor: 'kind',
        title: t('progress.attention.col.kind'),
        width: 200,
        render: (r) => (
          <div>
            <Text size="sm">{t(`progress.dueKind.${r.kind}`)}</Text>
            {aboutText(t, r, lang) && (
              <Text size="xs" c="dimmed">
                {aboutText(t, r, lang)}
              </Text>
            )}
          </div>
        ),
      },
      {
        accessor: 'traineeName',
        title: t('progress.attention.col.trainee'),
        render: (r) => (
          <div className="tl-name">
            <span>
              <Text span size="sm" fw={600}>
                {r.traineeName}
              </Text>{' '}
              <Text span size="xs" c="dimmed">
                {r.traineeRef}
              </Text>
            </span>
            <span className="tl-sub">
              {labels.country(r.country)} · {fyLabel(r.fiscalYear, lang, true)}
            </span>
          </div>
        ),
      },
      {
        accessor: 'target',
        title: t('progress.attention.col.action'),
        width: 220,
        render: (r) => (
          <Link
            to={targetUrl(r.target)}
            className="tl-link row-link"
            aria-label={`${actionText(t, r)}: ${r.traineeName}, ${t(`progress.dueKind.${r.kind}`)}`}
            data-testid="attention-open"
          >
            {actionText(t, r)}
          </Link>
        ),
      },
    ],
    [t, lang, labels, today],
  );

  return (
    <DataTable
      aria-label={t('progress.attention.title')}
      withTableBorder
      borderRadius="sm"
      fz="sm"
      horizontalSpacing="xs"
      verticalSpacing={6}
      highlightOnHover
      striped
      minHeight={items.length === 0 ? 180 : undefined}
      records={items}
      columns={columns}
      idAccessor={keyOf}
      fetching={pending}
      totalRecords={total}
      recordsPerPage={PAGE_SIZE}
      page={page}
      onPageChange={onPage}
      onRowClick={({ record, event }) => {
        if ((event.target as HTMLElement).closest('a')) return;
        navigate(targetUrl(record.target));
      }}
      customRowAttributes={(r) => ({ 'data-testid': 'attention-row', 'data-kind': r.kind, 'data-state': r.state })}
      // Only while the list is empty (as ListTable does): mantine-datatable keeps its empty state in the
      // page, hidden, over the rows, so its words would be read twice.
      emptyState={
        !pending && items.length === 0 ? (
          <EmptyState
            filtered={filtered}
            failed={failed}
            title={t('progress.attention.allClearTitle')}
            text={t('progress.attention.empty')}
            onClearFilters={onClearFilters}
          />
        ) : (
          <span />
        )
      }
      paginationText={({ from, to, totalRecords }) => t('list.range', { from, to, total: totalRecords })}
      getPaginationControlProps={(control) => ({ 'aria-label': t(`list.page_${control}`) })}
      loadingText={t('common.loading')}
    />
  );
}
