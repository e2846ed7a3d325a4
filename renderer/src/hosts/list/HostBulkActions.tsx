// What staff can do to the hosts selected in the directory: mark them inactive (or active again) and
// export them. The confirmation names the hosts; the core changes every one of them or none.
import { Button, Text } from '@mantine/core';
import { IconCircleCheck, IconCircleOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostSelection, HostSummary } from '../../../../shared/hosts/schema';
import { api } from '../../api/client';
import { notifySaved } from '../../i18n/notify';
import { ExportMenu } from '../../ui/exports/ExportMenu';
import { BulkBar } from '../../ui/lists/BulkBar';
import { BulkConfirm } from '../../ui/lists/BulkConfirm';
import { type BulkSelection, selectedCount } from '../../ui/lists/bulk';
import { useInvalidateHosts } from '../queries';
import { type HostListState, toQuery } from './listParams';

interface Props {
  selection: BulkSelection<HostSummary>;
  state: HostListState;
  total: number;
  pageRows: HostSummary[];
}

export function HostBulkActions({ selection, state, total, pageRows }: Props) {
  const { t, i18n } = useTranslation();
  const refresh = useInvalidateHosts();
  const [target, setTarget] = useState<boolean | null>(null);
  const count = selectedCount(selection, total);
  const { page: _page, pageSize: _size, sort: _sort, dir: _dir, ...filters } = toQuery(state);
  const chosen: HostSelection = selection.allMatching
    ? { query: filters, expected: total }
    : { ids: selection.rows.map((r) => r.id) };
  const ja = i18n.language === 'ja';
  const names = (selection.allMatching ? pageRows : selection.rows).map((r) => (ja ? r.nameJa : r.nameEn));
  const ticked = new Set(selection.rows.map((r) => r.id));
  const pageAll = pageRows.length > 0 && pageRows.every((r) => ticked.has(r.id));
  // Inactive hosts shown: the action that fits is bringing them back.
  const offers = state.show === 'inactive' ? [true] : state.show === 'active' ? [false] : [false, true];
  return (
    <BulkBar selection={selection} total={total} pageAll={pageAll}>
      {offers.map((active) => (
        <Button
          key={String(active)}
          size="compact-sm"
          variant={active ? 'default' : 'filled'}
          leftSection={active ? <IconCircleCheck size={14} aria-hidden /> : <IconCircleOff size={14} aria-hidden />}
          onClick={() => setTarget(active)}
          data-testid={active ? 'bulk-activate' : 'bulk-deactivate'}
        >
          {active ? t('hosts.bulk.activate') : t('hosts.bulk.deactivate')}
        </Button>
      ))}
      {!selection.allMatching && (
        <ExportMenu
          testId="bulk-export"
          label={t('bulk.export')}
          make={(format, language) =>
            api().call('hosts.export', { format, language, ids: selection.rows.map((r) => r.id) })
          }
        />
      )}
      {target !== null && (
        <BulkConfirm
          opened
          count={count}
          names={names}
          onClose={() => setTarget(null)}
          title={target ? t('hosts.bulk.activateTitle') : t('hosts.bulk.deactivateTitle')}
          confirmLabel={target ? t('hosts.bulk.activateGo', { count }) : t('hosts.bulk.deactivateGo', { count })}
          onConfirm={async () => {
            const r = await api().call('hosts.bulk.setActive', { selection: chosen, active: target });
            await refresh();
            selection.clear();
            notifySaved(
              target
                ? t('hosts.bulk.activated', { count: r.changed })
                : t('hosts.bulk.deactivated', { count: r.changed }),
            );
          }}
        >
          <Text size="sm">{target ? t('hosts.bulk.activateText') : t('hosts.bulk.deactivateText')}</Text>
        </BulkConfirm>
      )}
    </BulkBar>
  );
}
