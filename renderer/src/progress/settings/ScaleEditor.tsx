// The rating scale: levels 1..n with English and Japanese labels, saved together. Levels are added
// or removed at the top, so the numbers of existing ratings keep their meaning; a level some rating
// uses cannot be removed (the core refuses, and says how many ratings use it).
import { Alert, Button, Group, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScaleLevel } from '../../../../shared/progress/schema';
import { api } from '../../api/client';
import { errorOf } from '../../i18n/messages';
import { notifySaved } from '../../i18n/notify';
import { useInvalidateEvaluation } from '../queries';
import { progressErrorText, progressIssueText } from '../text';

const MAX_LEVELS = 10;
const MIN_LEVELS = 2;

export function ScaleEditor({ scale }: { scale: ScaleLevel[] }) {
  const { t } = useTranslation();
  const invalidate = useInvalidateEvaluation();
  const [levels, setLevels] = useState(scale);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A saved scale (here or elsewhere) becomes the new starting point.
  useEffect(() => setLevels(scale), [scale]);

  const changed = JSON.stringify(levels) !== JSON.stringify(scale);
  const setLabel = (i: number, patch: Partial<ScaleLevel>) => {
    setLevels((ls) => ls.map((l, j) => (j === i ? { ...l, ...patch } : l)));
    setErrors({});
    setProblem(null);
  };

  const save = async () => {
    const missing: Record<string, string> = {};
    levels.forEach((l, i) => {
      for (const key of ['labelEn', 'labelJa'] as const) {
        if (!l[key].trim())
          missing[`${i}.${key}`] = progressIssueText(t, { path: `levels.${i}.${key}`, code: 'required' });
      }
    });
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setBusy(true);
    setProblem(null);
    try {
      await api().call('evaluation.scale.save', {
        levels: levels.map((l, i) => ({ score: i + 1, labelEn: l.labelEn.trim(), labelJa: l.labelJa.trim() })),
      });
      await invalidate();
      notifySaved(t('progress.settings.scaleSaved'));
    } catch (error) {
      const byRow: Record<string, string> = {};
      const rest: string[] = [];
      for (const issue of errorOf(error).issues ?? []) {
        const m = /^levels\.(\d+)\.(labelEn|labelJa)$/.exec(issue.path);
        if (m) byRow[`${m[1]}.${m[2]}`] ??= progressIssueText(t, issue);
        else rest.push(progressIssueText(t, issue));
      }
      setErrors(byRow);
      setProblem(rest.length > 0 ? rest.join(' ') : Object.keys(byRow).length ? null : progressErrorText(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Table withTableBorder verticalSpacing="xs" data-testid="scale-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>{t('progress.settings.level')}</Table.Th>
            <Table.Th>{t('progress.settings.labelEn')}</Table.Th>
            <Table.Th>{t('progress.settings.labelJa')}</Table.Th>
            <Table.Th w={60}>
              <Text span size="sm" fw={700}>
                {t('settings.actions')}
              </Text>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {levels.map((l, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: levels are numbered by position, 1..n.
            <Table.Tr key={i} data-testid="scale-row">
              <Table.Td fw={700}>{i + 1}</Table.Td>
              <Table.Td>
                <TextInput
                  aria-label={t('progress.settings.labelEnFor', { n: i + 1 })}
                  value={l.labelEn}
                  maxLength={60}
                  onChange={(e) => setLabel(i, { labelEn: e.currentTarget.value })}
                  error={errors[`${i}.labelEn`]}
                  data-testid="scale-label-en"
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  aria-label={t('progress.settings.labelJaFor', { n: i + 1 })}
                  lang="ja"
                  value={l.labelJa}
                  maxLength={60}
                  onChange={(e) => setLabel(i, { labelJa: e.currentTarget.value })}
                  error={errors[`${i}.labelJa`]}
                  data-testid="scale-label-ja"
                />
              </Table.Td>
              <Table.Td>
                {i === levels.length - 1 && levels.length > MIN_LEVELS && (
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red.8"
                    aria-label={t('progress.settings.removeLevel', { n: i + 1 })}
                    onClick={() => {
                      setLevels((ls) => ls.slice(0, -1));
                      setErrors({});
                      setProblem(null);
                    }}
                    data-testid="scale-remove"
                  >
                    <IconTrash size={14} aria-hidden />
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt={4}>
        {t('progress.settings.scaleHint', { max: MAX_LEVELS })}
      </Text>
      {problem && (
        <Alert color="red" mt="sm" role="alert" data-testid="scale-problem">
          {problem}
        </Alert>
      )}
      <Group mt="sm" justify="space-between">
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          disabled={levels.length >= MAX_LEVELS}
          onClick={() => setLevels((ls) => [...ls, { score: ls.length + 1, labelEn: '', labelJa: '' }])}
          data-testid="scale-add"
        >
          {t('progress.settings.addLevel')}
        </Button>
        <Group gap="xs">
          {changed && (
            <Button
              variant="default"
              onClick={() => {
                setLevels(scale);
                setErrors({});
                setProblem(null);
              }}
            >
              {t('progress.settings.discard')}
            </Button>
          )}
          <Button onClick={() => void save()} loading={busy} disabled={!changed} data-testid="scale-save">
            {t('progress.settings.saveScale')}
          </Button>
        </Group>
      </Group>
    </>
  );
}
