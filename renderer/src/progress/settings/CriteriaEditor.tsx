// Evaluation criteria: add, rename in both languages, deactivate, and put in order. A deactivated
// criterion keeps its ratings on past evaluations but is no longer offered for new ones. Adding and
// renaming is a dialog on the form kit (useSave: the core's answer shown in the dialog); the row
// actions (order, active) are single clicks, and say a failure in a notice.
import { ActionIcon, Button, Group, Switch, Table, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Criterion } from '../../../../shared/progress/schema';
import { api } from '../../api/client';
import { notifySaved } from '../../i18n/notify';
import { useSave } from '../../ui/save/useSave';
import { type VocabularyDraft, VocabularyModal } from '../../ui/vocabulary/VocabularyModal';
import { progressKeys, useInvalidateEvaluation } from '../queries';
import { notifyProgressError, progressErrorText } from '../text';
import { type CriterionData, dataOf, inOrder, reordered } from './order';

export function CriteriaEditor({ criteria }: { criteria: Criterion[] }) {
  const { t } = useTranslation();
  const invalidate = useInvalidateEvaluation();
  const [editing, setEditing] = useState<{ criterion: Criterion | null; draft: VocabularyDraft } | null>(null);
  const [busy, setBusy] = useState(false);
  const order = inOrder(criteria);

  const run = async (calls: (() => Promise<unknown>)[], message: string) => {
    setBusy(true);
    try {
      for (const call of calls) await call();
      notifySaved(message);
      return true;
    } catch (error) {
      notifyProgressError(error);
      return false;
    } finally {
      await invalidate();
      setBusy(false);
    }
  };

  const update = (id: number, data: CriterionData) => () =>
    api().call('progress.evaluation.criteria.update', { id, data });

  const move = (c: Criterion, step: -1 | 1) =>
    void run(
      reordered(criteria, c.id, step).map((u) => update(u.id, u.data)),
      t('progress.settings.criterionMoved', { name: c.nameEn }),
    );

  type Names = { nameEn: string; nameJa: string };
  const saver = useSave({
    send: (names: Names) => {
      const c = editing?.criterion ?? null;
      return c
        ? api().call('progress.evaluation.criteria.update', { id: c.id, data: { ...dataOf(c), ...names } })
        : api().call('progress.evaluation.criteria.create', {
            ...names,
            active: true,
            sortOrder: Math.max(0, ...criteria.map((x) => x.sortOrder)) + 1,
          });
    },
    invalidates: () => [progressKeys.settings, progressKeys.all],
    onSaved: (_saved, names) => {
      notifySaved(t('progress.settings.criterionSaved', { name: names.nameEn }));
      setEditing(null);
    },
  });
  const open = (criterion: Criterion | null) => {
    saver.reset();
    setEditing({ criterion, draft: { nameEn: criterion?.nameEn ?? '', nameJa: criterion?.nameJa ?? '' } });
  };
  // The core's answer in this feature's words ("A criterion with this English name already exists"),
  // said at the top of the dialog: the dialog's own field messages know only the app-wide wording.
  const failure = saver.error ? progressErrorText(t, saver.error) : null;

  return (
    <>
      <Table striped withTableBorder verticalSpacing="xs" data-testid="criteria-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>{t('progress.settings.order')}</Table.Th>
            <Table.Th>{t('settings.nameEn')}</Table.Th>
            <Table.Th>{t('settings.nameJa')}</Table.Th>
            <Table.Th w={80}>{t('settings.active')}</Table.Th>
            <Table.Th w={110}>
              <Text span size="sm" fw={700}>
                {t('settings.actions')}
              </Text>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {order.map((c, i) => (
            <Table.Tr key={c.id} data-testid="criterion-row" data-name={c.nameEn}>
              <Table.Td>
                <Group gap={2} wrap="nowrap">
                  <ActionIcon
                    variant="subtle"
                    size="sm"
                    disabled={busy || i === 0}
                    aria-label={t('progress.settings.moveUp', { name: c.nameEn })}
                    onClick={() => move(c, -1)}
                    data-testid="criterion-up"
                  >
                    <IconArrowUp size={14} aria-hidden />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    size="sm"
                    disabled={busy || i === order.length - 1}
                    aria-label={t('progress.settings.moveDown', { name: c.nameEn })}
                    onClick={() => move(c, 1)}
                    data-testid="criterion-down"
                  >
                    <IconArrowDown size={14} aria-hidden />
                  </ActionIcon>
                </Group>
              </Table.Td>
              <Table.Td c={c.active ? undefined : 'dimmed'}>{c.nameEn}</Table.Td>
              <Table.Td lang="ja" c={c.active ? undefined : 'dimmed'}>
                {c.nameJa}
              </Table.Td>
              <Table.Td>
                <Switch
                  checked={c.active}
                  disabled={busy}
                  aria-label={t('settings.activeFor', { name: c.nameEn })}
                  onChange={(e) =>
                    void run(
                      [update(c.id, { ...dataOf(c), active: e.currentTarget.checked })],
                      t('progress.settings.criterionSaved', { name: c.nameEn }),
                    )
                  }
                />
              </Table.Td>
              <Table.Td>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  aria-label={t('settings.renameFor', { name: c.nameEn })}
                  onClick={() => open(c)}
                  data-testid="criterion-rename"
                >
                  {t('settings.rename')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group mt="sm">
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => open(null)}
          data-testid="criterion-add"
        >
          {t('progress.settings.addCriterion')}
        </Button>
      </Group>
      <VocabularyModal
        title={editing?.criterion ? t('progress.settings.renameCriterion') : t('progress.settings.addCriterion')}
        draft={editing?.draft ?? null}
        onClose={() => setEditing(null)}
        onSave={async ({ nameEn, nameJa }) => void (await saver.save({ nameEn, nameJa }))}
        error={failure}
        onEdit={() => saver.reset()}
      />
    </>
  );
}
