// "Documents": the built-in letters a record can have, beside its Print button. Choosing one opens the
// issue dialog; the pages get the menu as a slot from app/routes.
import { Button, Menu } from '@mantine/core';
import { IconFileCertificate } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterKind } from '../../../../shared/documents/letters';
import { IssueLetterModal } from './IssueLetterModal';

export interface LetterChoice {
  kind: LetterKind;
  recordId: number;
  /** Whom the record is, when the menu offers several records' letters (a request's dispatches). */
  note?: string;
}

export function LettersMenu({ choices, testId = 'letters-menu' }: { choices: LetterChoice[]; testId?: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<LetterChoice | null>(null);
  if (choices.length === 0) return null;
  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" leftSection={<IconFileCertificate size={16} aria-hidden />} data-testid={testId}>
            {t('documents.issue.menu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {choices.map((c) => (
            <Menu.Item key={`${c.kind}-${c.recordId}`} onClick={() => setOpen(c)} data-testid={`letter-${c.kind}`}>
              {t(`documents.kind.${c.kind}`)}
              {c.note ? ` – ${c.note}` : ''}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      {open && <IssueLetterModal choice={open} onClose={() => setOpen(null)} />}
    </>
  );
}

export const TRAINEE_LETTERS: readonly LetterKind[] = [
  'acceptance',
  'placementRequest',
  'placementNotice',
  'completionCertificate',
  'progressCover',
];
