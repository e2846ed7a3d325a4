// Settings → Evaluation: the criteria evaluations rate and the scale they rate them on.
import { Alert, Loader, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEvaluationSettings } from '../queries';
import { progressErrorText } from '../text';
import { CriteriaEditor } from './CriteriaEditor';
import { ScaleEditor } from './ScaleEditor';

export function EvaluationSettings() {
  const { t } = useTranslation();
  const settings = useEvaluationSettings();
  if (settings.isPending) return <Loader size="sm" aria-label={t('common.loading')} />;
  if (!settings.data) return <Alert color="red">{progressErrorText(t, settings.error)}</Alert>;
  return (
    <Stack gap="lg" data-testid="evaluation-settings">
      <div>
        <Title order={3} size="h5" mb="xs">
          {t('progress.settings.criteria')}
        </Title>
        <CriteriaEditor criteria={settings.data.criteria} />
      </div>
      <div>
        <Title order={3} size="h5" mb="xs">
          {t('progress.settings.scale')}
        </Title>
        <ScaleEditor scale={settings.data.scale} />
      </div>
    </Stack>
  );
}
