// Adding a template: a name and a .docx file. Every problem the core finds in it (an unknown placeholder
// with the nearest known name, an unclosed brace) is listed, so the person can fix it in Word at once.
import { Button, FileButton, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { errorOf, issueText } from '../i18n/messages';
import { notifyError, notifySaved } from '../i18n/notify';
import { useInvalidateTemplates } from './queries';
import { nameFromFile, readBase64, uploadProblem } from './upload';

export function AddTemplate() {
  const { t } = useTranslation();
  const invalidate = useInvalidateTemplates();
  const [name, setName] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const label = t('templates.add.file');

  const choose = (chosen: File | null) => {
    setProblems([]);
    if (!chosen) return;
    const problem = uploadProblem(chosen);
    if (problem) {
      setProblems([issueText(t, { path: 'data', code: problem, params: { max: 2 } }, label)]);
      return;
    }
    setFile(chosen);
    if (!name.trim()) setName(nameFromFile(chosen.name));
  };

  const add = async () => {
    if (!file) return;
    setBusy(true);
    setProblems([]);
    try {
      const data = await readBase64(file);
      await api().call('templates.add', { name, fileName: file.name, data, recordKind: 'trainee' });
      await invalidate();
      notifySaved(t('templates.add.saved', { name }));
      setName('');
      setFile(null);
    } catch (error) {
      const e = errorOf(error);
      if (e.code === 'invalid_input' && e.issues?.length) {
        setProblems(
          e.issues.map((issue) => issueText(t, issue, issue.path === 'name' ? t('templates.add.name') : label)),
        );
      } else notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm">
      <Text size="sm">{t('templates.add.hint')}</Text>
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('templates.add.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          maxLength={120}
          w={280}
        />
        <FileButton
          onChange={choose}
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        >
          {(props) => (
            <Button {...props} variant="light" leftSection={<IconUpload size={16} aria-hidden />}>
              {file ? file.name : t('templates.add.choose')}
            </Button>
          )}
        </FileButton>
        <Button onClick={() => void add()} loading={busy} disabled={!file || !name.trim()} data-testid="template-add">
          {t('templates.add.submit')}
        </Button>
      </Group>
      {problems.length > 0 && (
        <Stack gap={4} role="alert" data-testid="template-problems">
          <Text size="sm" fw={600} c="red.8">
            {t('templates.add.refused')}
          </Text>
          <List size="sm" c="red.8">
            {problems.map((p) => (
              <List.Item key={p}>{p}</List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Stack>
  );
}
