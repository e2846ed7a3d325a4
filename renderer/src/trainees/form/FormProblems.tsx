// The top of every record form: the notice that someone else saved first (with a reload), then the
// list of problems after a failed save. The list's wrapper takes focus after a failed save.
import { Alert, Button, Stack } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryItem } from './ErrorSummary';

export interface FormProblemsProps {
  /** Someone else saved the record since it was opened: these words, and a reload button. */
  stale: { title: string; text: string } | null;
  onReload: () => void;
  items: SummaryItem[];
  summaryRef: Ref<HTMLDivElement>;
}

export function FormProblems({ stale, onReload, items, summaryRef }: FormProblemsProps) {
  const { t } = useTranslation();
  return (
    <>
      {stale && (
        <Alert color="orange" c="dark.7" title={stale.title} data-testid="stale-alert">
          <Stack gap="xs" align="flex-start">
            {stale.text}
            <Button size="xs" color="orange.8" onClick={onReload}>
              {t('form.reload')}
            </Button>
          </Stack>
        </Alert>
      )}
      <div ref={summaryRef} tabIndex={-1}>
        <ErrorSummary items={items} />
      </div>
    </>
  );
}
