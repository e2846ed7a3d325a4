// Status, archived and demo markers, the same everywhere a trainee appears (trainees, cohorts, lists).
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TraineeStatus } from '../../../shared/trainees/schema';

const COLORS: Record<TraineeStatus, string> = {
  applicant: 'gray',
  accepted: 'blue',
  introductory: 'cyan',
  on_placement: 'teal',
  completed: 'green',
  withdrawn: 'orange',
};

export function StatusBadge({ status }: { status: TraineeStatus }) {
  const { t } = useTranslation();
  return (
    // A coloured dot with dark text: the colour helps at a glance, the text stays readable (WCAG AA).
    <Badge color={COLORS[status]} variant="dot" radius="sm" tt="none" c="dark.7" style={{ flexShrink: 0 }}>
      {t(`trainee.status.${status}`)}
    </Badge>
  );
}

export function ArchivedBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="gray.7" variant="filled" radius="sm" tt="none">
      {t('trainee.archived')}
    </Badge>
  );
}

export function DemoBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="grape" variant="outline" radius="sm" size="xs" tt="none" c="grape.9" data-testid="demo-badge">
      {t('trainee.demo')}
    </Badge>
  );
}
