// The requests table: reference, date received with the window flag, country, requesting local
// government, field, state and the specialists matched. Sorted and paged by the core.
import { Button, Group } from '@mantine/core';
import { IconPlus, IconUsersGroup } from '@tabler/icons-react';
import type { DataTableColumn } from 'mantine-datatable';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { RequestSummary } from '../../../../shared/specialist-dispatch/schema';
import { useReferenceLabels } from '../../api/reference';
import { fyLabel, useLang } from '../../i18n/format';
import { type ListSelection, ListTable, type SortedRows } from '../../ui/lists/ListTable';
import { SortHeader } from '../../ui/lists/SortHeader';
import '../../ui/lists/list.css';
import '../dispatch.css';
import { windowFlag } from '../labels';
import { expertiseLabel } from '../options';
import { useExpertise } from '../queries';
import { StateBadge } from '../StateBadge';
import { PAGE_SIZE, type RequestSort } from './listParams';

interface Props extends SortedRows<RequestSummary, RequestSort> {
  /** The requests chosen for the bulk actions, and their change. */
  selected: RequestSummary[];
  onSelect: (rows: RequestSummary[]) => void;
}

export const RequestTable = memo(function RequestTable({ selected, onSelect, ...list }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const labels = useReferenceLabels();
  const fields = useExpertise().data;
  const { sort, dir, onSort } = list;
  const columns = useMemo((): DataTableColumn<RequestSummary>[] => {
    const field = expertiseLabel(fields, lang);
    const title = (key: string, s: RequestSort) => (
      <SortHeader label={t(key)} sort={s} current={sort} dir={dir} onSort={onSort} />
    );
    return [
      {
        accessor: 'reference',
        title: title('dispatch.col.reference', 'reference'),
        width: 140,
        render: (r) => (
          <div className="tl-name">
            <Link to={`/dispatch/requests/${r.id}`} className="tl-link row-link">
              {r.reference}
            </Link>
            <span className="tl-kana">{fyLabel(r.fiscalYear, lang, true)}</span>
          </div>
        ),
      },
      {
        accessor: 'receivedOn',
        title: title('dispatch.col.received', 'received'),
        width: 180,
        render: (r) => {
          const flag = windowFlag(t, r.window);
          return (
            <div>
              <div>{r.receivedOn}</div>
              {flag && (
                <span className="dp-flag" data-testid="window-flag">
                  {flag}
                </span>
              )}
            </div>
          );
        },
      },
      {
        accessor: 'countryCode',
        title: title('dispatch.col.country', 'country'),
        width: 110,
        render: (r) => labels.country(r.countryCode),
      },
      {
        accessor: 'requestingGovernment',
        title: title('dispatch.col.government', 'government'),
        render: (r) => r.requestingGovernment,
      },
      { accessor: 'fieldId', title: t('dispatch.col.field'), render: (r) => field(r.fieldId) },
      {
        accessor: 'state',
        title: title('dispatch.col.state', 'state'),
        width: 150,
        render: (r) => <StateBadge state={r.state} />,
      },
      {
        accessor: 'specialists',
        title: t('dispatch.col.specialists'),
        width: 150,
        render: (r) => (r.specialists.length ? r.specialists.join(', ') : '—'),
      },
    ];
  }, [t, lang, labels, fields, sort, dir, onSort]);

  const selection = useMemo<ListSelection<RequestSummary>>(
    () => ({
      selected,
      onChange: onSelect,
      rowLabel: (r) => t('dispatch.bulk.selectRequest', { ref: r.reference }),
      allLabel: t('dispatch.bulk.selectRequests'),
    }),
    [selected, onSelect, t],
  );

  return (
    <ListTable
      label={t('dispatch.requests.title')}
      selection={selection}
      list={list}
      pageSize={PAGE_SIZE}
      columns={columns}
      columnsKey="requests"
      minHeight={220}
      emptyMinHeight={360}
      onRowClick={(record) => navigate(`/dispatch/requests/${record.id}`)}
      rowAttributes={(r) => ({ 'data-testid': 'request-row', 'data-id': String(r.id) })}
      empty={{
        title: t('dispatch.requests.emptyTitle'),
        text: t('dispatch.requests.emptyText'),
        actions: (
          <Group gap="xs">
            <Button component={Link} to="/dispatch/requests/new" leftSection={<IconPlus size={16} aria-hidden />}>
              {t('dispatch.requests.new')}
            </Button>
            <Button
              component={Link}
              to="/dispatch/counterparts"
              variant="default"
              leftSection={<IconUsersGroup size={16} aria-hidden />}
            >
              {t('dispatch.requests.emptyCounterparts')}
            </Button>
          </Group>
        ),
      }}
    />
  );
});
