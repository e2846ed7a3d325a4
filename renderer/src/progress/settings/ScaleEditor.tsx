// The rating scale: levels 1..n with English and Japanese labels, saved together. Levels are added
// or removed at the top, so the numbers of existing ratings keep their meaning; a level some rating
// uses cannot be removed (the core refuses, and says how many ratings use it). A form on the settings
// page, on the form kit: saved through useSave, guarded (leaving asks, Ctrl+S saves) with a draft.
import { Alert, Button, Group, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problems } from '../../../../shared/forms/problems';
import type { ScaleLevel } from '../../../../shared/progress/schema';
import { api } from '../../api/client';
import { notifySaved } from '../../i18n/notify';
import { DraftOffer } from '../../ui/guard/DraftOffer';
import { useUnsavedGuard } from '../../ui/guard/useUnsavedGuard';
import { useSave } from '../../ui/save/useSave';
import { progressKeys } from '../queries';
import { progressErrorText, progressIssueText } from '../text';

const MAX_LEVELS = 10;
const MIN_LEVELS = 2;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Labels left empty, by row and field ("levels.2.labelJa"). */
function emptyLabels(levels: ScaleLevel[]): Problems {
  const out: Problems = {};
  levels.forEach((l, i) => {
    for (const key of ['labelEn', 'labelJa'] as const)
      if (!l[key].trim()) out[`levels.${i}.${key}`] = { code: 'required' };
  });
  return out;
}

export function ScaleEditor({ scale }: { scale: ScaleLevel[] }) {
  const { t } = useTranslation();
  const [levels, setLevels] = useState(scale);
  const [clientProblems, setClientProblems] = useState<Problems>({});
  // A scale saved (here or elsewhere) becomes the new starting point, unless the person is editing.
  const shown = useRef(scale);
  useEffect(() => {
    setLevels((ls) => (same(ls, shown.current) ? scale : ls));
    shown.current = scale;
  }, [scale]);

  const changed = !same(levels, scale);
  const saver = useSave({
    send: (input: { levels: ScaleLevel[] }) => api().call('progress.evaluation.scale.save', input),
    invalidates: () => [progressKeys.settings, progressKeys.all],
    onSaved: (saved) => {
      setLevels(saved);
      notifySaved(t('progress.settings.scaleSaved'));
    },
  });
  const guard = useUnsavedGuard({
    draft: { form: 'evaluation-scale', key: 'scale' },
    values: levels,
    dirty: changed,
    onSave: () => void save(),
    onDiscard: () => setLevels(scale),
  });

  const edit = (next: ScaleLevel[]) => {
    setLevels(next);
    setClientProblems({});
    saver.setProblems({});
  };
  const setLabel = (i: number, patch: Partial<ScaleLevel>) =>
    edit(levels.map((l, j) => (j === i ? { ...l, ...patch } : l)));

  const save = async () => {
    const missing = emptyLabels(levels);
    setClientProblems(missing);
    if (Object.keys(missing).length > 0) return;
    const ok = await saver.save({
      levels: levels.map((l, i) => ({ score: i + 1, labelEn: l.labelEn.trim(), labelJa: l.labelJa.trim() })),
    });
    if (ok) guard.saved();
  };

  const problems = { ...saver.problems, ...clientProblems };
  const message = (key: string) => {
    const p = problems[key];
    return p ? progressIssueText(t, { path: key, code: p.code, params: p.params }) : undefined;
  };
  const rest = Object.keys(problems).filter((k) => !/^levels\.\d+\.label(En|Ja)$/.test(k));
  const problem =
    rest.length > 0
      ? rest.map(message).join(' ')
      : saver.error && Object.keys(saver.problems).length === 0
        ? progressErrorText(t, saver.error)
        : null;

  return (
    <>
      {!changed && (
        <DraftOffer
          draft={guard.draft}
          onRestore={(restored) => {
            setLevels(restored);
            guard.restored(restored);
          }}
          onDiscard={guard.forget}
        />
      )}
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
                  error={message(`levels.${i}.labelEn`)}
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
                  error={message(`levels.${i}.labelJa`)}
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
                    onClick={() => edit(levels.slice(0, -1))}
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
          onClick={() => edit([...levels, { score: levels.length + 1, labelEn: '', labelJa: '' }])}
          data-testid="scale-add"
        >
          {t('progress.settings.addLevel')}
        </Button>
        <Group gap="xs">
          {changed && (
            <Button
              variant="default"
              onClick={() => {
                edit(scale);
                guard.forget();
              }}
            >
              {t('progress.settings.discard')}
            </Button>
          )}
          <Button onClick={() => void save()} loading={saver.saving} disabled={!changed} data-testid="scale-save">
            {t('progress.settings.saveScale')}
          </Button>
        </Group>
      </Group>
    </>
  );
}
