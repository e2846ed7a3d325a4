// "Print report": opens the print view of a trainee, a cohort or a host report (its preview, from
// which it is printed or saved as PDF), with its labels in the UI language to start with. The pages
// take it as a slot from app/routes, so they need not know the reports feature.
import { Button } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLang } from '../i18n/format';

export type ReportTarget =
  | { kind: 'trainee'; id: number }
  | { kind: 'cohort'; fiscalYear: number }
  | { kind: 'host'; id: number };

export function printPath(target: ReportTarget, lang: string): string {
  const path = target.kind === 'cohort' ? `/print/cohort/${target.fiscalYear}` : `/print/${target.kind}/${target.id}`;
  return `${path}?lang=${lang}`;
}

export function PrintReportButton({ target }: { target: ReportTarget }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Button
      component={Link}
      to={printPath(target, lang)}
      variant="default"
      leftSection={<IconPrinter size={16} aria-hidden />}
      data-testid="print-report"
    >
      {t('reports.button.print')}
    </Button>
  );
}
