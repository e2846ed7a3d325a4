// Shown instead of the app when start-up found the database damaged (recovery mode, see
// shared/recovery/schema.ts): what happened, what was kept aside, the newest good backup offered
// first, the other backups below, and — only as the last resort — an empty start. Once the core has
// a database again, "Open CLAIR Desk" reloads the page into the app.
import {
  Alert,
  Anchor,
  Button,
  Code,
  Container,
  type CSSVariablesResolver,
  Group,
  List,
  MantineProvider,
  Modal,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/backup/schema';
import type { RecoveryDone, RecoveryStatus } from '../../../shared/recovery/schema';
import type { Language } from '../../../shared/settings/schema';
import { api } from '../api/client';
import { theme } from '../app/theme';
import { changeLanguage } from '../i18n';
import { countsText, kindText, madeAt, problemParams, problemText, sizeText } from '../i18n/backupLabels';
import { formatTimestamp, useLang } from '../i18n/format';
import { errorText } from '../i18n/messages';

// The app's darker "dimmed" grey (App.tsx), so secondary text keeps WCAG AA contrast here too.
const resolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: { '--mantine-color-dimmed': t.colors.gray[7] ?? '#495057' },
  dark: {},
});

// Long titles wrap at phrase boundaries (Japanese has no spaces) into lines of similar length.
const TITLE_WRAP = { textWrap: 'balance', wordBreak: 'auto-phrase' } as unknown as React.CSSProperties;

type Choice = { kind: 'backup'; backup: BackupInfo } | { kind: 'empty' };

export function RecoveryScreen({ status }: { status: RecoveryStatus }) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={resolver} defaultColorScheme="light">
      <Recovery status={status} />
    </MantineProvider>
  );
}

function Recovery({ status }: { status: RecoveryStatus }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [choice, setChoice] = useState<Choice | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<{ done: RecoveryDone; backup: BackupInfo | null } | null>(null);

  const newest = status.backups.find((b) => b.verified) ?? null;
  const others = status.backups.filter((b) => b !== newest);

  async function proceed(): Promise<void> {
    if (!choice) return;
    setBusy(true);
    setFailure(null);
    try {
      const result =
        choice.kind === 'backup'
          ? await api().call('recovery.restore', { id: choice.backup.id, confirm: true })
          : await api().call('recovery.startEmpty', { confirm: true });
      setDone({ done: result, backup: choice.kind === 'backup' ? choice.backup : null });
      setChoice(null);
    } catch (error) {
      setFailure(error);
      setChoice(null);
    } finally {
      setBusy(false);
    }
  }

  const openApp = () => {
    window.location.hash = '#/';
    window.location.reload();
  };

  return (
    <Container size="md" py="xl">
      <main aria-labelledby="recovery-title">
        <Group justify="space-between" align="center" mb="md" wrap="wrap">
          <Text fw={700} size="lg">
            {t('app.name')}
          </Text>
          <SegmentedControl
            aria-label={t('recovery.language')}
            size="xs"
            value={lang}
            onChange={(value) => void changeLanguage(value as Language)}
            data={[
              { value: 'en', label: <span lang="en">English</span> },
              { value: 'ja', label: <span lang="ja">日本語</span> },
            ]}
          />
        </Group>
        <Title order={1} id="recovery-title" mb="md" style={TITLE_WRAP}>
          {done ? t(done.backup ? 'recovery.done.restoredTitle' : 'recovery.done.emptyTitle') : t('recovery.title')}
        </Title>

        {done ? (
          <Done done={done.done} backup={done.backup} onOpen={openApp} />
        ) : (
          <Stack gap="lg">
            <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} data-testid="recovery-reason">
              <Text>{t(`recovery.reason.${status.reason ?? 'corrupt'}`, problemParams(t, status.reasonParams))}</Text>
              {status.detectedAt && (
                <Text size="sm" mt="xs">
                  {t('recovery.detectedAt', { when: formatTimestamp(status.detectedAt) })}
                </Text>
              )}
            </Alert>

            <section aria-labelledby="recovery-kept-title">
              <Title order={2} size="h3" id="recovery-kept-title" mb="xs">
                {t('recovery.kept.title')}
              </Title>
              <Text mb="xs">{status.keptAside.length ? t('recovery.kept.text') : t('recovery.kept.none')}</Text>
              <List spacing={4} data-testid="recovery-kept">
                {status.keptAside.map((file) => (
                  <List.Item key={file}>
                    <Code style={{ wordBreak: 'break-all' }}>{file}</Code>
                  </List.Item>
                ))}
              </List>
            </section>

            {failure !== null && (
              <Alert color="red" title={t('recovery.failed')} data-testid="recovery-failed">
                {errorText(t, failure)}
              </Alert>
            )}

            <section aria-labelledby="recovery-newest-title">
              <Title order={2} size="h3" id="recovery-newest-title" mb="xs">
                {t('recovery.newest.title')}
              </Title>
              {newest ? (
                <Paper withBorder p="md" data-testid="recovery-newest" data-id={newest.id}>
                  <BackupSummary backup={newest} lang={lang} />
                  <Text size="sm" c="dimmed" mt="xs">
                    {t('recovery.newest.text')}
                  </Text>
                  <Button
                    mt="md"
                    leftSection={<IconRestore size={16} aria-hidden />}
                    onClick={() => setChoice({ kind: 'backup', backup: newest })}
                    data-testid="recovery-restore-newest"
                  >
                    {t('recovery.newest.button')}
                  </Button>
                </Paper>
              ) : (
                <Text data-testid="recovery-none">{t('recovery.none')}</Text>
              )}
            </section>

            {others.length > 0 && (
              <section aria-labelledby="recovery-others-title">
                <Title order={2} size="h3" id="recovery-others-title" mb="xs">
                  {t('recovery.others.title')}
                </Title>
                <OtherBackups
                  backups={others}
                  lang={lang}
                  onRestore={(b) => setChoice({ kind: 'backup', backup: b })}
                />
              </section>
            )}

            <section aria-labelledby="recovery-empty-title">
              <Title order={2} size="h3" id="recovery-empty-title" mb="xs">
                {t('recovery.empty.title')}
              </Title>
              <Text mb="sm">{t('recovery.empty.text')}</Text>
              <Button variant="default" onClick={() => setChoice({ kind: 'empty' })} data-testid="recovery-start-empty">
                {t('recovery.empty.button')}
              </Button>
            </section>

            <details>
              <summary>
                <Anchor component="span">{t('recovery.details.title')}</Anchor>
              </summary>
              <Stack gap={4} mt="xs">
                <Text size="sm">
                  {t('recovery.details.dataDir')}: <Code>{status.dataDir}</Code>
                </Text>
                <Text size="sm">{t('recovery.details.found')}:</Text>
                <Code block data-testid="recovery-detail" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {status.detail}
                </Code>
              </Stack>
            </details>
          </Stack>
        )}
      </main>

      <Confirm choice={choice} busy={busy} lang={lang} onCancel={() => setChoice(null)} onConfirm={proceed} />
    </Container>
  );
}

function BackupSummary({ backup, lang }: { backup: BackupInfo; lang: Language }) {
  const { t } = useTranslation();
  const { when, fy } = madeAt(backup.createdAt, lang);
  return (
    <Stack gap={2}>
      <Text fw={700} size="lg">
        {when}{' '}
        <Text span size="sm" c="dimmed" fw={400}>
          {fy} · {kindText(t, backup)} · {sizeText(t, backup.size)}
        </Text>
      </Text>
      <Text data-testid="recovery-newest-counts">{countsText(t, backup.counts)}</Text>
    </Stack>
  );
}

function OtherBackups({
  backups,
  lang,
  onRestore,
}: {
  backups: BackupInfo[];
  lang: Language;
  onRestore: (backup: BackupInfo) => void;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={640}>
        <Table striped verticalSpacing="xs" aria-labelledby="recovery-others-title" data-testid="recovery-others">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('backup.list.date')}</Table.Th>
              <Table.Th>{t('backup.list.kind')}</Table.Th>
              <Table.Th>{t('backup.list.holds')}</Table.Th>
              <Table.Th>{t('backup.list.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {backups.map((b) => {
              const { when } = madeAt(b.createdAt, lang);
              return (
                <Table.Tr key={b.id} data-testid="recovery-other" data-id={b.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{when}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{kindText(t, b)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{countsText(t, b.counts)}</Text>
                    <Text size="xs" c="dimmed">
                      {sizeText(t, b.size)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {b.verified ? (
                      <Button
                        size="compact-sm"
                        variant="light"
                        aria-label={t('recovery.others.restoreLabel', { when })}
                        onClick={() => onRestore(b)}
                      >
                        {t('recovery.others.restore')}
                      </Button>
                    ) : (
                      <Text size="xs" c="red.9">
                        {t('recovery.others.notUsable')}
                        {b.problem ? `: ${problemText(t, { code: b.problem, params: b.problemParams })}` : ''}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function Confirm({
  choice,
  busy,
  lang,
  onCancel,
  onConfirm,
}: {
  choice: Choice | null;
  busy: boolean;
  lang: Language;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  const backup = choice?.kind === 'backup' ? choice.backup : null;
  return (
    <Modal
      opened={choice !== null}
      onClose={() => !busy && onCancel()}
      title={t(backup ? 'recovery.confirm.restoreTitle' : 'recovery.confirm.emptyTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      centered
    >
      <Text mb="lg">
        {backup
          ? t('recovery.confirm.restoreText', {
              when: madeAt(backup.createdAt, lang).when,
              counts: countsText(t, backup.counts),
            })
          : t('recovery.confirm.emptyText')}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} disabled={busy}>
          {t('recovery.confirm.cancel')}
        </Button>
        <Button
          color={backup ? undefined : 'red'}
          loading={busy}
          onClick={onConfirm}
          data-testid="recovery-confirm"
          aria-label={busy ? t('recovery.working') : undefined}
        >
          {t(backup ? 'recovery.confirm.restore' : 'recovery.confirm.empty')}
        </Button>
      </Group>
    </Modal>
  );
}

function Done({ done, backup, onOpen }: { done: RecoveryDone; backup: BackupInfo | null; onOpen: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Stack gap="md">
      <Alert color="teal" icon={<IconCircleCheck aria-hidden />} data-testid="recovery-done">
        {backup
          ? t('recovery.done.restored', {
              when: madeAt(backup.createdAt, lang).when,
              counts: countsText(t, done.counts),
            })
          : t('recovery.done.empty')}
      </Alert>
      <Group>
        <Button onClick={onOpen} data-testid="recovery-open">
          {t('recovery.done.open')}
        </Button>
      </Group>
    </Stack>
  );
}
