// What staff can do to the specialists selected: mark them inactive (no longer offered for matching)
// or active again. The confirmation names them; the core changes every one of them or none.
import { Button, Text } from '@mantine/core';
import { IconCircleCheck, IconCircleOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpecialistSelection, SpecialistSummary } from '../../../../shared/specialist-dispatch/schema';
import { api } from '../../api/client';
import { useLang } from '../../i18n/format';
import { notifySaved } from '../../i18n/notify';
import { BulkBar } from '../../ui/lists/BulkBar';
import { BulkConfirm } from '../../ui/lists/BulkConfirm';
import { type BulkSelection, selectedCount } from '../../ui/lists/bulk';
import { personName } from '../labels';
import { useInvalidateDispatch } from '../queries';
import { type SpecialistListState, toQuery } from './listParams';

interface Props {
  selection: BulkSelection<SpecialistSummary>;
  state: SpecialistListState;
  total: number;
  pageRows: SpecialistSummary[];
}

export function SpecialistBulkActions({ selection, state, total, pageRows }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const refresh = useInvalidateDispatch();
  const [target, setTarget] = useState<boolean | null>(null);
  const count = selectedCount(selection, total);
  const { page: _page, pageSize: _size, sort: _sort, dir: _dir, ...filters } = toQuery(state);
  const chosen: SpecialistSelection = selection.allMatching
    ? { query: filters, expected: total }
    : { ids: selection.rows.map((r) => r.id) };
  const names = (selection.allMatching ? pageRows : selection.rows).map((r) => personName(r, lang));
  const ticked = new Set(selection.rows.map((r) => r.id));
  const pageAll = pageRows.length > 0 && pageRows.every((r) => ticked.has(r.id));
  // Inactive specialists shown: the action that fits is bringing them back.
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
          {active ? t('dispatch.bulk.activate') : t('dispatch.bulk.deactivate')}
        </Button>
      ))}
      {target !== null && (
        <BulkConfirm
          opened
          count={count}
          names={names}
          onClose={() => setTarget(null)}
          title={target ? t('dispatch.bulk.activateTitle') : t('dispatch.bulk.deactivateTitle')}
          confirmLabel={target ? t('dispatch.bulk.activateGo', { count }) : t('dispatch.bulk.deactivateGo', { count })}
          onConfirm={async () => {
            const r = await api().call('specialistDispatch.specialists.bulk.setActive', {
              selection: chosen,
              active: target,
            });
            await refresh();
            selection.clear();
            notifySaved(
              target
                ? t('dispatch.bulk.activated', { count: r.changed })
                : t('dispatch.bulk.deactivated', { count: r.changed }),
            );
          }}
        >
          <Text size="sm">{target ? t('dispatch.bulk.activateText') : t('dispatch.bulk.deactivateText')}</Text>
        </BulkConfirm>
      )}
    </BulkBar>
  );
}
