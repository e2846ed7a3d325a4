// The table itself, memoised: it re-renders when its rows or sorting change, not on every keystroke
// or URL change around it (the rows stay the same object while the next page is on its way).
import { Button, Group } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { TraineeSummary } from '../../../../shared/trainees/schema';
import { useReferenceLabels } from '../../api/reference';
import { useLang } from '../../i18n/format';
import { type ListSelection, ListTable, type SortedRows } from '../../ui/lists/ListTable';
import { useLoadDemo } from '../../ui/lists/useLoadDemo';
import { traineeColumns } from './columns';
import { PAGE_SIZE, type Sort } from './listParams';
import '../../ui/lists/list.css';
import './badges.css';

interface Props extends SortedRows<TraineeSummary, Sort> {
  /** The rows chosen for the list's actions (Print reports), and their change. */
  selected: TraineeSummary[];
  onSelect: (rows: TraineeSummary[]) => void;
  /** The bulk bar is shown above: the table is shorter by its height. */
  withBar: boolean;
}

export const TraineeTable = memo(function TraineeTable({ selected, onSelect, withBar, ...list }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const labels = useReferenceLabels();
  const demo = useLoadDemo();
  const { sort, dir, onSort } = list;
  const columns = useMemo(
    () => traineeColumns(t, lang, labels, { sort, dir, onSort }),
    [t, lang, labels, sort, dir, onSort],
  );

  const selection = useMemo<ListSelection<TraineeSummary>>(
    () => ({
      selected,
      onChange: onSelect,
      rowLabel: (r) => t('list.selectRow', { name: r.fullName }),
      allLabel: t('list.selectPage'),
    }),
    [selected, onSelect, t],
  );

  return (
    <ListTable
      label={t('list.title')}
      selection={selection}
      list={list}
      pageSize={PAGE_SIZE}
      columns={columns}
      columnsKey="trainees"
      height={withBar ? 'calc(100dvh - 280px)' : 'calc(100dvh - 236px)'}
      emptyMinHeight={240}
      onRowClick={(record) => navigate(`/trainees/${record.id}`)}
      rowAttributes={(r) => ({ 'data-testid': 'trainee-row', 'data-ref': r.ref })}
      empty={{
        title: t('list.emptyTitle'),
        text: t('list.emptyText'),
        actions: (
          <Group gap="xs">
            <Button component={Link} to="/trainees/new" leftSection={<IconUserPlus size={16} aria-hidden />}>
              {t('list.emptyRegister')}
            </Button>
            <Button variant="default" onClick={() => demo.mutate()} loading={demo.isPending}>
              {t('list.emptyDemo')}
            </Button>
          </Group>
        ),
      }}
    />
  );
});
