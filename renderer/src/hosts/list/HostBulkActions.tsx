// What staff can do to the hosts selected in the directory: mark them inactive (or active again) and
// export them. The confirmation names the hosts; the core changes every one of them or none.
import { useTranslation } from 'react-i18next';
import type { HostSelection, HostSummary } from '../../../../shared/hosts/schema';
import { api } from '../../api/client';
import { ExportMenu } from '../../ui/exports/ExportMenu';
import { type ActiveFlagKind, BulkActiveFlag } from '../../ui/lists/BulkActiveFlag';
import { BulkBar } from '../../ui/lists/BulkBar';
import type { BulkSelection } from '../../ui/lists/useBulkSelection';
import { useInvalidateHosts } from '../queries';
import type { HostListState } from './listParams';

/** The directory's active flag: its channel, its words, a host's name in the confirmation. */
const ACTIVE_FLAG: ActiveFlagKind<HostSummary, 'hosts.bulk.setActive'> = {
  channel: 'hosts.bulk.setActive',
  labels: 'hosts.bulk',
  records: 'hosts.bulk.records',
  name: (host, lang) => (lang === 'ja' ? host.nameJa : host.nameEn),
};

interface Props {
  selection: BulkSelection<HostSummary, HostSelection>;
  state: HostListState;
}

export function HostBulkActions({ selection, state }: Props) {
  const { t } = useTranslation();
  const refresh = useInvalidateHosts();
  return (
    <BulkBar selection={selection}>
      <BulkActiveFlag kind={ACTIVE_FLAG} selection={selection} show={state.show} refresh={refresh} />
      {!selection.allMatching && (
        <ExportMenu
          testId="bulk-export"
          label={t('bulk.export')}
          make={(format, language) => api().call('hosts.export', { format, language, ids: selection.ids })}
        />
      )}
    </BulkBar>
  );
}
