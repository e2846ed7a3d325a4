// #/cohorts/:fiscalYear: the cohort page with the printed report from the reports feature.
import { useParams } from 'react-router-dom';
import { CohortPage } from '../../cohorts/CohortPage';
import { PrintReportButton } from '../../reports/PrintReportButton';

export function CohortRoute() {
  const fiscalYear = Number(useParams().fiscalYear);
  return <CohortPage print={<PrintReportButton target={{ kind: 'cohort', fiscalYear }} />} />;
}
