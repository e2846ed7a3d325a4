// Issuing a letter: its language (the UI's to start with) and addressee (one of the record's, as
// named in that language, and editable), then "Issue and print": the number is taken by
// documents.issue and the new letter's print view opens. A letter the record cannot have yet (a
// placement request for a trainee with no placement) is refused when its addressees are asked for:
// the dialog says why and offers no Issue, so no number is taken for a letter that cannot print.
import { Alert, Button, Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { LETTER_RECORD } from '../../../../shared/documents/letters';
import type { Language } from '../../../../shared/settings/schema';
import { api } from '../../api/client';
import { useLang } from '../../i18n/format';
import { errorText } from '../../i18n/messages';
import { FormModal } from '../../ui/guard/FormModal';
import { useUnsavedGuard } from '../../ui/guard/useUnsavedGuard';
import { documentKeys } from '../queries';
import type { LetterChoice } from './LettersMenu';
import { letterPrintPath, useAddressees } from './queries';

export function IssueLetterModal({ choice, onClose }: { choice: LetterChoice; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [language, setLanguage] = useState<Language>(useLang());
  const [role, setRole] = useState<string | null>(null);
  const [addressee, setAddressee] = useState('');
  const [edited, setEdited] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const addressees = useAddressees(choice.kind, choice.recordId);
  const options = addressees.data ?? [];
  const current = options.find((o) => o.role === role) ?? options[0];

  // The addressee follows the role and the language until the person types their own.
  useEffect(() => {
    if (!edited && current) setAddressee(current[language]);
  }, [current, language, edited]);

  const issue = async () => {
    setBusy(true);
    setError(null);
    try {
      const entry = await api().call('documents.issue', {
        kind: choice.kind,
        record: { type: LETTER_RECORD[choice.kind], id: choice.recordId },
        addressee: addressee.trim(),
        language,
      });
      await client.invalidateQueries({ queryKey: documentKeys.all });
      // Issued: the typed addressee is used, so leaving for the print view asks nothing.
      guard.saved();
      onClose();
      navigate(letterPrintPath(entry));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const guard = useUnsavedGuard({ draft: null, values: addressee, dirty: edited, onSave: () => void issue() });
  const failed = error ? errorText(t, error) : addressees.isError ? errorText(t, addressees.error) : null;

  return (
    <FormModal
      opened
      onClose={onClose}
      unsaved={guard.unsaved}
      onDiscard={guard.forget}
      title={t('documents.issue.title', { kind: t(`documents.kind.${choice.kind}`) })}
      data-testid="issue-letter"
    >
      {(requestClose) => (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void issue();
          }}
          noValidate
        >
          <Stack gap="sm">
            {choice.note && <Text size="sm">{choice.note}</Text>}
            <div>
              <Text size="sm" fw={500} mb={4} id="issue-language">
                {t('documents.issue.language')}
              </Text>
              <SegmentedControl
                aria-labelledby="issue-language"
                value={language}
                onChange={(v) => setLanguage(v as Language)}
                data={[
                  { value: 'en', label: 'English' },
                  { value: 'ja', label: '日本語' },
                ]}
                data-testid="issue-language"
              />
            </div>
            {options.length > 1 && (
              <Select
                label={t('documents.issue.to')}
                value={current?.role ?? null}
                onChange={(v) => {
                  setRole(v);
                  setEdited(false);
                }}
                data={options.map((o) => ({ value: o.role, label: t(`documents.issue.role.${o.role}`) }))}
                allowDeselect={false}
                data-testid="issue-role"
              />
            )}
            <TextInput
              label={t('documents.issue.addressee')}
              description={t('documents.issue.addresseeHint')}
              value={addressee}
              onChange={(e) => {
                setAddressee(e.currentTarget.value);
                setEdited(true);
                setError(null);
              }}
              maxLength={200}
              required
              data-testid="issue-addressee"
              data-autofocus
            />
            {failed && (
              <Alert color="red" data-testid="issue-error" role="alert">
                {failed}
              </Alert>
            )}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={requestClose}>
                {t('common.cancel')}
              </Button>
              <Button
                type="submit"
                loading={busy}
                disabled={addressee.trim() === '' || !addressees.isSuccess}
                data-testid="issue-submit"
              >
                {t('documents.issue.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </FormModal>
  );
}
