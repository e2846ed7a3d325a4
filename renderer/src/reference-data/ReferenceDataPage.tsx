// #/reference-data: load CLAIR's reference data. The status of the three shipped files; "Check the
// files" shows every row with its findings and choices, and what will be stored; Import sends the
// decisions with the hashes of the files as checked, and says what it created. Writes nothing before.
import './reference.css';
import { Alert, Badge, Button, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabaseImport, IconListCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceCheck, ReferenceImportResult } from '../../../shared/reference-data/import-schema';
import type { ReadAsRows } from '../../../shared/reference-data/reference-files';
import type { CheckedFile, Decision } from '../../../shared/reference-data/schema';
import { api } from '../api/client';
import { i18next } from '../i18n';
import { errorText } from '../i18n/messages';
import { BulkActions, FileRows } from './FileRows';
import { useInvalidateReference, useReferenceStatus } from './queries';
import {
  blockingFindings,
  clearFile,
  type DecisionMap,
  decide,
  decideRest,
  filesOf,
  importInput,
  refusedEdits,
} from './review';
import { ImportResult, StatusTable } from './StatusTable';
import { TraineeTable } from './TraineeTable';
import { UnclosedQuotes } from './UnclosedQuotes';

/** A notification that shows progress, then says how it ended (in the language of the moment). */
async function withProgress<T>(id: string, progress: string, run: () => Promise<T>, done: (value: T) => string) {
  const t = i18next.t;
  notifications.show({ id, loading: true, title: progress, message: '', autoClose: false, withCloseButton: false });
  try {
    const value = await run();
    notifications.update({
      id,
      loading: false,
      color: 'teal',
      title: t('referenceData.notifyDone'),
      message: done(value),
      autoClose: 4000,
      withCloseButton: true,
      closeButtonProps: { 'aria-label': t('common.close') },
    });
    return value;
  } catch (error) {
    notifications.update({
      id,
      loading: false,
      color: 'red',
      title: t('notify.error'),
      message: errorText(t, error),
      autoClose: 8000,
      withCloseButton: true,
      closeButtonProps: { 'aria-label': t('common.close') },
    });
    return null;
  }
}

const findingCount = (f: CheckedFile) => f.findings.length;

export function ReferenceDataPage() {
  const { t } = useTranslation();
  const status = useReferenceStatus();
  const invalidate = useInvalidateReference();
  const [check, setCheck] = useState<ReferenceCheck | null>(null);
  const [decisions, setDecisions] = useState<DecisionMap>({});
  const [result, setResult] = useState<ReferenceImportResult | null>(null);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);
  const [tab, setTab] = useState<string | null>(null);
  // Lines of unclosed quotes the person chose to read as rows; the import reads the files the same way.
  const [readAsRows, setReadAsRows] = useState<ReadAsRows>({});

  // Reading lines as rows keeps the decisions taken (finding ids stay with their lines).
  const runCheck = async (readAs: ReadAsRows = readAsRows, keepDecisions = false) => {
    setBusy('check');
    const answer = await withProgress(
      'reference-check',
      t('referenceData.check.checking'),
      () => api().call('referenceData.check', { readAsRows: readAs }),
      (c) =>
        t('referenceData.check.done', {
          count: c.summary.rows,
          findings: c.summary.findings.error + c.summary.findings.warning,
        }),
    );
    if (answer) {
      setReadAsRows(readAs);
      setCheck(answer);
      if (!keepDecisions) setDecisions({});
      setResult(null);
      setTab((current) => current ?? filesOf(answer).find((f) => findingCount(f) > 0)?.file ?? 'counterparts');
    }
    setBusy(null);
  };

  const runImport = async () => {
    if (!check) return;
    setBusy('import');
    const answer = await withProgress(
      'reference-import',
      t('referenceData.import.importing'),
      () => api().call('referenceData.import', { ...importInput(check, decisions), readAsRows }),
      (r) => {
        const created = r.files.reduce((a, f) => a + f.created, 0);
        return created === 0
          ? t('referenceData.import.nothingNew')
          : t('referenceData.import.done', { count: created });
      },
    );
    if (answer) {
      setResult(answer);
      await invalidate();
    }
    setBusy(null);
  };

  const onDecide = (d: Decision) => setDecisions((m) => decide(m, d));
  const blocking = check ? blockingFindings(check, decisions) : [];
  const refused = check ? refusedEdits(check, decisions) : [];
  const created = result?.files.reduce((a, f) => a + f.created, 0) ?? 0;

  return (
    <Stack gap="md" data-testid="reference-data">
      <Title order={1} size="h2">
        {t('referenceData.title')}
      </Title>
      <Text size="sm" maw={860}>
        {t('referenceData.intro')}
      </Text>
      {status.isError && (
        <Alert color="red" title={t('referenceData.loadFailed')}>
          {errorText(t, status.error)}
        </Alert>
      )}
      {status.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {status.data && !status.data.available && (
        <Alert color="orange" data-testid="rd-unavailable">
          {t('referenceData.unavailable')}
        </Alert>
      )}
      {status.data && (
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('referenceData.status.heading')}
          </Title>
          <StatusTable status={status.data} />
        </Stack>
      )}
      <Group>
        <Button
          onClick={() => void runCheck()}
          loading={busy === 'check'}
          disabled={busy !== null || status.data?.available === false}
          leftSection={<IconListCheck size={18} aria-hidden />}
          variant={check ? 'default' : 'filled'}
          data-testid="rd-check"
        >
          {t(check ? 'referenceData.check.again' : 'referenceData.check.button')}
        </Button>
        {!check && (
          <Text size="sm" c="dimmed">
            {t('referenceData.check.none')}
          </Text>
        )}
      </Group>
      {check && (
        <>
          <Text size="sm" data-testid="rd-summary">
            {t('referenceData.check.summary', {
              count: check.summary.rows,
              withFindings: check.summary.rowsWithFindings,
              ...check.summary.findings,
            })}
          </Text>
          <Tabs value={tab} onChange={setTab} keepMounted={false}>
            <Tabs.List>
              {filesOf(check).map((f) => (
                <Tabs.Tab
                  key={f.file}
                  value={f.file}
                  data-testid={`rd-tab-${f.file}`}
                  rightSection={
                    findingCount(f) > 0 ? (
                      <Badge size="sm" variant="outline" color="#9c3d00" circle aria-hidden>
                        {findingCount(f)}
                      </Badge>
                    ) : undefined
                  }
                >
                  {t(`referenceData.file.${f.file}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {filesOf(check).map((f) => (
              <Tabs.Panel key={f.file} value={f.file} pt="md" data-testid={`rd-panel-${f.file}`}>
                <Stack gap="sm">
                  <Text size="sm" c="dimmed">
                    {t(`referenceData.file.${f.file}File`)} ·{' '}
                    {t('referenceData.check.summary', {
                      count: f.summary.rows,
                      withFindings: f.summary.rowsWithFindings,
                      ...f.summary.findings,
                    })}
                    {f.encoding && ` · ${t('encoding.readAs', { encoding: t(`encoding.name.${f.encoding}`) })}`}
                  </Text>
                  {f.file !== 'accepted_trainees' && (
                    <UnclosedQuotes
                      file={f}
                      busy={busy !== null}
                      onReadAsRows={(line) => {
                        const file = f.file as keyof ReadAsRows;
                        void runCheck({ ...readAsRows, [file]: [...(readAsRows[file] ?? []), line] }, true);
                      }}
                    />
                  )}
                  <BulkActions
                    file={f}
                    onBulk={(choice) => setDecisions((m) => decideRest(m, f, choice))}
                    onClear={() => setDecisions((m) => clearFile(m, f))}
                  />
                  {f === check.acceptedTrainees ? (
                    <TraineeTable
                      table={check.acceptedTrainees}
                      standing={check.standing}
                      decisions={decisions}
                      onDecide={onDecide}
                    />
                  ) : (
                    <FileRows
                      file={f}
                      rules={check.rules}
                      standing={check.standing}
                      decisions={decisions}
                      onDecide={onDecide}
                    />
                  )}
                </Stack>
              </Tabs.Panel>
            ))}
          </Tabs>
          <Stack gap="xs" className="rd-import-bar">
            {blocking.length > 0 && (
              <Alert color="red" data-testid="rd-blocking">
                {t('referenceData.blocking', { count: blocking.length })}
              </Alert>
            )}
            {refused.length > 0 && (
              <Alert color="red" data-testid="rd-refused">
                {t('referenceData.refused', { count: refused.length })}
              </Alert>
            )}
            {blocking.length === 0 && refused.length === 0 && <Text size="sm">{t('referenceData.ready')}</Text>}
            <Group>
              <Button
                onClick={() => void runImport()}
                loading={busy === 'import'}
                disabled={busy !== null || blocking.length > 0 || refused.length > 0}
                leftSection={<IconDatabaseImport size={18} aria-hidden />}
                data-testid="rd-import"
              >
                {t('referenceData.import.button')}
              </Button>
            </Group>
          </Stack>
        </>
      )}
      {result && (
        <Stack gap="xs" data-testid="rd-result-section">
          <Title order={2} size="h4">
            {t('referenceData.import.heading')}
          </Title>
          <Text role="status" data-testid="rd-result-text">
            {created === 0 ? t('referenceData.import.nothingNew') : t('referenceData.import.done', { count: created })}
          </Text>
          <ImportResult result={result} />
        </Stack>
      )}
    </Stack>
  );
}
