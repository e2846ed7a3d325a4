// #/hosts/import: choose a file → review every row and decide → result. The preview writes
// nothing; only "Import N hosts" sends the decisions, and the core re-reads the same bytes.
import { Stack, Stepper, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../shared/contract';
import { IMPORT_MAX_BYTES } from '../../../../shared/hosts/import-schema';
import type { TextEncoding } from '../../../../shared/text/encodings';
import { api } from '../../api/client';
import { errorOf, errorText } from '../../i18n/messages';
import { BackLink } from '../../ui/BackLink';
import { useInvalidateHosts } from '../queries';
import { type Decisions, initialDecisions, toCommit } from './decisions';
import { FileStep } from './FileStep';
import { ResultStep } from './ResultStep';
import { ReviewStep } from './ReviewStep';
import { type FileFormat, formatOf, readBase64 } from './readFile';

interface Chosen {
  fileName: string;
  format: FileFormat;
  data: string;
  /** Set once the person chose an encoding (CSV); the commit reads the file the same way. */
  encoding?: TextEncoding;
  readAsRows?: number[];
}

const STEPS = ['file', 'review', 'done'] as const;

export function HostImportPage() {
  const { t } = useTranslation();
  const invalidate = useInvalidateHosts();
  const [file, setFile] = useState<Chosen | null>(null);
  const [preview, setPreview] = useState<Output<'hosts.import.preview'> | null>(null);
  const [decisions, setDecisions] = useState<Decisions>({});
  const [result, setResult] = useState<Output<'hosts.import.commit'> | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [committing, setCommitting] = useState(false);
  const [rereading, setRereading] = useState(false);
  // A failed import is said on the review step, beside the button that sent it, not in a passing notice.
  const [commitError, setCommitError] = useState<string | null>(null);
  const step = result ? 'done' : preview ? 'review' : 'file';
  const mb = IMPORT_MAX_BYTES / 1024 / 1024;

  const reset = () => {
    setFile(null);
    setPreview(null);
    setResult(null);
    setDecisions({});
    setCommitError(null);
  };

  const choose = async (chosen: File | null) => {
    if (!chosen) return;
    setProblem(null);
    const format = formatOf(chosen.name);
    if (!format) return setProblem(t('hosts.import.wrongType', { file: chosen.name }));
    if (chosen.size > IMPORT_MAX_BYTES) return setProblem(t('hosts.import.tooLarge', { file: chosen.name, mb }));
    setReading(chosen.name);
    try {
      const next = { fileName: chosen.name, format, data: await readBase64(chosen) };
      const answer = await api().call('hosts.import.preview', next);
      setFile(next);
      setDecisions(initialDecisions(answer));
      setPreview(answer);
    } catch (error) {
      // The file itself is refused (too large, too many rows): say so in the import's own words.
      const issue = errorOf(error).issues?.find((i) => i.path === 'data');
      setProblem(
        issue
          ? t(`hosts.import.problem.${issue.code}`, { ...issue.params, defaultValue: errorText(t, error) })
          : errorText(t, error),
      );
    } finally {
      setReading(null);
    }
  };

  /** Reads the same file again another way; the decisions start over from the new preview. */
  const reread = async (next: Chosen) => {
    setRereading(true);
    setCommitError(null);
    try {
      const answer = await api().call('hosts.import.preview', next);
      setFile(next);
      setDecisions(initialDecisions(answer));
      setPreview(answer);
    } catch (error) {
      setCommitError(errorText(t, error));
    } finally {
      setRereading(false);
    }
  };

  const commit = async () => {
    if (!file || !preview) return;
    setCommitting(true);
    setCommitError(null);
    try {
      const answer = await api().call('hosts.import.commit', { ...file, decisions: toCommit(preview, decisions) });
      await invalidate();
      setResult(answer);
    } catch (error) {
      setCommitError(errorText(t, error));
    } finally {
      setCommitting(false);
    }
  };

  return (
    <Stack gap="md">
      <BackLink to="/hosts">{t('hosts.detail.backToList')}</BackLink>
      <Title order={1} size="h2">
        {t('hosts.import.title')}
      </Title>
      <Stepper
        active={step === 'done' ? STEPS.length : STEPS.indexOf(step)}
        size="sm"
        allowNextStepsSelect={false}
        maw={760}
      >
        <Stepper.Step label={t('hosts.import.step.file')} description={file?.fileName} />
        <Stepper.Step label={t('hosts.import.step.review')} />
        <Stepper.Step label={t('hosts.import.step.done')} />
      </Stepper>
      {step === 'file' && <FileStep reading={reading} problem={problem} onFile={(f) => void choose(f)} />}
      {step === 'review' && file && preview && (
        <ReviewStep
          fileName={file.fileName}
          preview={preview}
          decisions={decisions}
          onDecisions={setDecisions}
          committing={committing}
          error={commitError}
          onCommit={() => void commit()}
          onCancel={reset}
          rereading={rereading}
          onEncoding={(encoding) => void reread({ ...file, encoding, readAsRows: [] })}
          onReadAsRows={(line) =>
            void reread({
              ...file,
              encoding: preview.encoding ?? undefined,
              readAsRows: [...(file.readAsRows ?? []), line],
            })
          }
        />
      )}
      {step === 'done' && preview && result && <ResultStep preview={preview} result={result} onAgain={reset} />}
    </Stack>
  );
}
