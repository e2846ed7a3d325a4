// Filling a template: for one trainee (searched by name or reference) or for every trainee of a fiscal
// year, saved as one .docx or a .zip of them; then the numbers they took in the documents register, with
// a link to it, and the list of what was made.
import { Anchor, Button, Group, List, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterEntry } from '../../../shared/documents/schema';
import type { GeneratedDocument, Template } from '../../../shared/templates/schema';
import { api } from '../api/client';
import { useFacets } from '../api/trainees';
import { fyLabel, useLang } from '../i18n/format';
import { notifyError, notifySaved } from '../i18n/notify';
import { useGenerateAndSave } from './queries';
import { recordedText } from './recorded';

function useTraineeOptions(search: string) {
  return useQuery({
    queryKey: ['trainees', 'list', { search, pageSize: 20, for: 'templates' }],
    queryFn: () => api().call('trainees.list', { search, pageSize: 20 }),
  });
}

/** "Recorded in the documents register as DOC-FY2026-001 … DOC-FY2026-040", and the way there. */
function RecordedNote({ issued }: { issued: RegisterEntry[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Group gap="xs" data-testid="generated-recorded">
      <Text size="sm">{recordedText(t, issued, lang)}</Text>
      <Anchor href="#/documents" size="sm" data-testid="generated-register-link">
        {t('templates.generate.openRegister')}
      </Anchor>
    </Group>
  );
}

export function GeneratePanel({ templates }: { templates: Template[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [templateId, setTemplateId] = useState<string | null>(templates[0] ? String(templates[0].id) : null);
  const [mode, setMode] = useState<'trainee' | 'cohort'>('trainee');
  const [search, setSearch] = useState('');
  const [traineeId, setTraineeId] = useState<string | null>(null);
  const [fiscalYear, setFiscalYear] = useState<string | null>(null);
  const [language, setLanguage] = useState<'en' | 'ja'>('ja');
  const [made, setMade] = useState<GeneratedDocument[]>([]);
  const [issued, setIssued] = useState<RegisterEntry[]>([]);
  const [busy, setBusy] = useState(false);
  const generateAndSave = useGenerateAndSave();
  const trainees = useTraineeOptions(search);
  const years = useFacets().data?.fiscalYears ?? [];

  const target = mode === 'trainee' ? traineeId : fiscalYear;
  const generate = async () => {
    if (!templateId || !target) return;
    setBusy(true);
    try {
      const input =
        mode === 'trainee'
          ? { templateId: Number(templateId), traineeId: Number(target), language }
          : { templateId: Number(templateId), fiscalYear: Number(target), language };
      const result = await generateAndSave(input);
      setMade(result.documents);
      setIssued(result.issued);
      notifySaved(t('templates.generate.done', { count: result.documents.length }));
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('templates.generate.template')}
          data={templates.map((tpl) => ({ value: String(tpl.id), label: tpl.name }))}
          value={templateId}
          onChange={setTemplateId}
          allowDeselect={false}
          w={260}
          data-testid="generate-template"
        />
        <SegmentedControl
          value={mode}
          onChange={(v) => setMode(v as 'trainee' | 'cohort')}
          data={[
            { value: 'trainee', label: t('templates.generate.oneTrainee') },
            { value: 'cohort', label: t('templates.generate.cohort') },
          ]}
        />
        {mode === 'trainee' ? (
          <Select
            label={t('templates.generate.trainee')}
            placeholder={t('templates.generate.traineeSearch')}
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            filter={({ options }) => options}
            data={(trainees.data?.rows ?? []).map((r) => ({ value: String(r.id), label: `${r.fullName} (${r.ref})` }))}
            value={traineeId}
            onChange={setTraineeId}
            nothingFoundMessage={t('templates.generate.noTrainee')}
            w={320}
            data-testid="generate-trainee"
          />
        ) : (
          <Select
            label={t('templates.generate.fiscalYear')}
            data={years.map((fy) => ({ value: String(fy), label: fyLabel(fy, lang) }))}
            value={fiscalYear}
            onChange={setFiscalYear}
            w={240}
            data-testid="generate-year"
          />
        )}
        <Select
          label={t('templates.generate.language')}
          data={[
            { value: 'ja', label: t('templates.generate.languageJa') },
            { value: 'en', label: t('templates.generate.languageEn') },
          ]}
          value={language}
          onChange={(v) => setLanguage(v === 'en' ? 'en' : 'ja')}
          allowDeselect={false}
          w={140}
          data-testid="generate-language"
        />
        <Button onClick={() => void generate()} loading={busy} disabled={!templateId || !target} data-testid="generate">
          {mode === 'trainee' ? t('templates.generate.submitOne') : t('templates.generate.submitCohort')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {mode === 'trainee' ? t('templates.generate.hintOne') : t('templates.generate.hintCohort')}
      </Text>
      {issued.length > 0 && <RecordedNote issued={issued} />}
      {made.length > 0 && (
        <Stack gap={4} data-testid="generated-list">
          <Text size="sm" fw={600}>
            {t('templates.generate.made', { count: made.length })}
          </Text>
          <List size="sm" spacing={2}>
            {made.slice(0, 50).map((d) => (
              <List.Item key={d.fileName}>{d.fileName}</List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Stack>
  );
}
