// #/settings: the settings page with the editors that belong to other features (the fields of
// expertise to dispatch, the evaluation criteria and scale to progress).
import { ExpertiseEditor } from '../../dispatch/settings/ExpertiseEditor';
import { EvaluationSettings } from '../../progress/settings/EvaluationSettings';
import { SettingsPage } from '../../settings/SettingsPage';

export function SettingsRoute() {
  return <SettingsPage expertise={<ExpertiseEditor />} evaluation={<EvaluationSettings />} />;
}
