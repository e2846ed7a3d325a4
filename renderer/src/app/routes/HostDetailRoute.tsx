// #/hosts/:id: the host page with the placements card and the printed report from their features.
import { useParams } from 'react-router-dom';
import { HostDetailPage } from '../../hosts/detail/HostDetailPage';
import { HostPlacementsCard } from '../../placements/HostPlacementsCard';
import { PrintReportButton } from '../../reports/PrintReportButton';

export function HostDetailRoute() {
  const id = Number(useParams().id);
  return (
    <HostDetailPage
      print={<PrintReportButton target={{ kind: 'host', id }} />}
      placements={(host) => <HostPlacementsCard host={host} />}
    />
  );
}
