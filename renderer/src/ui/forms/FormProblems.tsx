// The top of every form: someone else's save to compare with (stale), a failure that is about no one
// field, then the list of problems after a failed save, each linking to its field. The list's wrapper
// takes focus after a failed save, so the person (and a screen reader) starts there.
import { Alert, Stack } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryItem } from './ErrorSummary';

export interface FormProblemsProps {
  items: SummaryItem[];
  summaryRef?: Ref<HTMLDivElement>;
  /** A failed save that names no field (the disk is full, the app stopped): said in words. */
  error?: string | null;
  /** The stale panel (StaleChanges), when someone else saved first. */
  stale?: ReactNode;
}

export function FormProblems({ items, summaryRef, error, stale }: FormProblemsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      {stale}
      {error && (
        <Alert color="red" icon={<IconAlertCircle aria-hidden />} title={t('notify.error')} data-testid="form-error">
          {error}
        </Alert>
      )}
      <div ref={summaryRef} tabIndex={-1}>
        <ErrorSummary items={items} />
      </div>
    </Stack>
  );
}
