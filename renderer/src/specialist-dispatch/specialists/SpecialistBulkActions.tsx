// What staff can do to the specialists selected: mark them inactive (no longer offered for matching)
// or active again. The confirmation names them; the core changes every one of them or none.
import type { SpecialistSelection, SpecialistSummary } from '../../../../shared/specialist-dispatch/schema';
import { type ActiveFlagKind, BulkActiveFlag } from '../../ui/lists/BulkActiveFlag';
import { BulkBar } from '../../ui/lists/BulkBar';
import type { BulkSelection } from '../../ui/lists/useBulkSelection';
import { personName } from '../labels';
import { useInvalidateDispatch } from '../queries';
import type { SpecialistListState } from './listParams';

/** The specialists' active flag: its channel, its words, a specialist's name in the confirmation. */
const ACTIVE_FLAG: ActiveFlagKind<SpecialistSummary, 'specialistDispatch.specialists.bulk.setActive'> = {
  channel: 'specialistDispatch.specialists.bulk.setActive',
  labels: 'dispatch.bulk',
  records: 'dispatch.bulk.specialists',
  name: personName,
};

interface Props {
  selection: BulkSelection<SpecialistSummary, SpecialistSelection>;
  state: SpecialistListState;
}

export function SpecialistBulkActions({ selection, state }: Props) {
  const refresh = useInvalidateDispatch();
  return (
    <BulkBar selection={selection}>
      <BulkActiveFlag kind={ACTIVE_FLAG} selection={selection} show={state.show} refresh={refresh} />
    </BulkBar>
  );
}
