// #/settings: the settings page with the editors that belong to other features (the fields of
// expertise to dispatch, the evaluation criteria and scale to progress, the letters to documents).
import { LetterSettingsEditor } from '../../documents/letter/LetterSettingsEditor';
import { EvaluationSettings } from '../../progress/settings/EvaluationSettings';
import { SettingsPage } from '../../settings/SettingsPage';
import { ExpertiseEditor } from '../../specialist-dispatch/settings/ExpertiseEditor';

export function SettingsRoute() {
  return (
    <SettingsPage
      expertise={<ExpertiseEditor />}
      evaluation={<EvaluationSettings />}
      letters={<LetterSettingsEditor />}
    />
  );
}
