// #/trainees/:id: the trainee page with the cards other features contribute, so that the trainees
// feature needs none of them.
import { useParams } from 'react-router-dom';
import { LifecycleCard } from '../../cohorts/LifecycleCard';
import { LettersMenu, TRAINEE_LETTERS } from '../../documents/letter/LettersMenu';
import { PlacementsCard } from '../../placements/PlacementsCard';
import { ProgressTab } from '../../progress/ProgressTab';
import { PrintReportButton } from '../../reports/PrintReportButton';
import { TraineeTemplateMenu } from '../../templates/TraineeTemplateMenu';
import { TraineeDetailPage } from '../../trainees/detail/TraineeDetailPage';

export function TraineeDetailRoute() {
  const id = Number(useParams().id);
  return (
    <TraineeDetailPage
      print={
        <>
          <TraineeTemplateMenu traineeId={id} />
          <LettersMenu choices={TRAINEE_LETTERS.map((kind) => ({ kind, recordId: id }))} />
          <PrintReportButton target={{ kind: 'trainee', id }} />
        </>
      }
      placements={(trainee) => <PlacementsCard trainee={trainee} />}
      lifecycle={(trainee) => <LifecycleCard trainee={trainee} />}
      progress={(trainee) => <ProgressTab trainee={trainee} />}
    />
  );
}
