// Whether a trainee completed the introductory month: in progress until it ends, then complete or not.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Completion } from '../../../shared/cohorts/schema';

const COLORS: Record<Completion['state'], string> = { in_progress: 'gray', complete: 'green', incomplete: 'red' };

export function CompletionBadge({ state }: { state: Completion['state'] }) {
  const { t } = useTranslation();
  return (
    // A dot with dark text, like the status badges: readable whatever the colour (WCAG AA).
    <Badge color={COLORS[state]} variant="dot" radius="sm" tt="none" c="dark.7" data-state={state}>
      {t(`cohorts.completion.${state}`)}
    </Badge>
  );
}
