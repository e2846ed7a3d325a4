// The confirmation of a bulk action: how many records and which (a few names, then "and N more"), the
// action's details (its fields), and, when the core refused, every refused record and why. Nothing
// was changed then: the action is all or nothing.
import { Alert, Button, Group, List, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../i18n/messages';
import { bulkRefusals } from './bulk';

/** Names shown before "and N more". */
const NAMES_SHOWN = 5;

interface Props {
  opened: boolean;
  onClose: () => void;
  title: string;
  /**
   * Where the list's words for its records are ("hosts.bulk.records"): `confirmCount`, `refusedText`
   * and `refusedAll`, each by count, so the dialog says "3 hosts" rather than "3 records".
   */
  words: string;
  count: number;
  /** The first records' names (more may be given; only a few are shown). */
  names: string[];
  /** The action's fields and what it will do. */
  children?: ReactNode;
  confirmLabel: string;
  confirmColor?: string;
  /** False while a field is missing. */
  ready?: boolean;
  /** Where a status in a refusal is said ("dispatch.state"); the trainee statuses by default. */
  statusKey?: string;
  /** Resolves when done (the dialog closes); rejects with the core's failure (shown, dialog stays). */
  onConfirm: () => Promise<unknown>;
}

export function BulkConfirm({
  opened,
  onClose,
  title,
  words,
  count,
  names,
  children,
  confirmLabel,
  confirmColor,
  ready = true,
  statusKey,
  onConfirm,
}: Props) {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const close = () => {
    setError(null);
    onClose();
  };
  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      close();
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  };
  const shown = names.slice(0, Math.min(NAMES_SHOWN, count));
  const more = count - shown.length;
  const refusals = error ? bulkRefusals(t, error, statusKey) : [];
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={title}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
      data-testid="bulk-confirm"
    >
      <Stack gap="sm">
        <div>
          <Text size="sm" fw={600} data-testid="bulk-confirm-count">
            {t(`${words}.confirmCount`, { count })}
          </Text>
          <Text size="sm" data-testid="bulk-confirm-names">
            {shown.join(t('bulk.nameSeparator'))}
            {more > 0 ? ` ${t('bulk.andMore', { count: more })}` : ''}
          </Text>
        </div>
        {error !== null && (
          <Alert color="red" c="dark.7" role="alert" title={t('bulk.refusedTitle')} data-testid="bulk-refused">
            {refusals.length > 0 ? (
              <>
                <Text size="sm">
                  {refusals.length >= count
                    ? t(`${words}.refusedAll`, { count })
                    : t(`${words}.refusedText`, { count: refusals.length })}
                </Text>
                <ScrollArea.Autosize mah={120} type="auto">
                  <List size="sm" spacing={2}>
                    {refusals.map((r) => (
                      <List.Item key={r.id} data-testid="bulk-refusal">
                        <b>{r.name}</b>: {r.text}
                      </List.Item>
                    ))}
                  </List>
                </ScrollArea.Autosize>
              </>
            ) : (
              <Text size="sm">{errorText(t, error)}</Text>
            )}
          </Alert>
        )}
        {children}
        {/* Kept in view while the dialog scrolls (a long list of refusals at 1280×720). */}
        <Group justify="flex-end" gap="xs" py="xs" pos="sticky" bottom={0} bg="var(--mantine-color-body)">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button
            color={confirmColor}
            onClick={() => void confirm()}
            loading={pending}
            disabled={!ready}
            data-testid="bulk-confirm-go"
          >
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
