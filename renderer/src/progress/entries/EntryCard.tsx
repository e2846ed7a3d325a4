// One progress entry as the Progress tab lists it: kind, date, author, what it covers (the month and
// host of a monthly report, the stage and ratings of an evaluation), its text and files, and the
// actions on it. A deleted entry is greyed and offers Restore.
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPencil, IconRestore, IconTrash } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Entry, EntryKind } from '../../../../shared/progress/schema';
import type { Language } from '../../../../shared/settings/schema';
import { useLang } from '../../i18n/format';
import { hostName } from '../text';
import { AttachmentList } from './AttachmentList';
import { RatingsTable } from './RatingsTable';

/** Light badges take a plain hue and a dark text shade, for contrast. */
export const KIND_HUE: Record<EntryKind, string> = {
  monthly_report: 'desk',
  evaluation: 'grape',
  milestone: 'teal',
  incident: 'red',
  note: 'gray',
};

/** The entry in a few words: its title, else what it covers. */
export function entryHeading(t: TFunction, e: Entry, lang: Language): string {
  if (e.title) return e.title;
  if (e.kind === 'monthly_report' && e.placementMonth !== null) {
    return t('progress.reportFor', { n: e.placementMonth, host: hostName(e, lang) });
  }
  if (e.kind === 'evaluation' && e.evaluationStage) return t(`progress.stage.${e.evaluationStage}`);
  return t(`progress.kind.${e.kind}`);
}

interface Props {
  entry: Entry;
  maxScore: number | null;
  readOnly: boolean;
  onEdit: (e: Entry) => void;
  onDelete: (e: Entry) => void;
  onRestore: (e: Entry) => void;
}

export function EntryCard({ entry: e, maxScore, readOnly, onEdit, onDelete, onRestore }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const heading = entryHeading(t, e, lang);
  const label = `${t(`progress.kind.${e.kind}`)}, ${e.date}: ${heading}`;
  const hue = KIND_HUE[e.kind];
  return (
    <Paper
      withBorder
      p="sm"
      component="article"
      aria-label={label}
      data-testid="entry"
      data-kind={e.kind}
      data-deleted={e.deleted || undefined}
      bg={e.deleted ? 'gray.0' : undefined}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Group gap="xs" wrap="wrap">
            <Badge variant="light" color={hue} c={`${hue}.9`} tt="none" radius="sm">
              {t(`progress.kind.${e.kind}`)}
            </Badge>
            <Text size="sm" fw={600} c="gray.8">
              {e.date}
            </Text>
            {e.deleted && (
              <Badge variant="outline" color="red" c="red.9" tt="none" data-testid="entry-deleted-badge">
                {t('progress.deletedBadge')}
              </Badge>
            )}
            {e.isDemo && (
              <Badge variant="outline" color="gray" c="gray.8" tt="none">
                {t('trainee.demo')}
              </Badge>
            )}
          </Group>
          <Text fw={600} td={e.deleted ? 'line-through' : undefined} data-testid="entry-heading">
            {heading}
          </Text>
          <Text size="xs" c="dimmed">
            {e.kind === 'evaluation' && e.evaluatorRole
              ? t('progress.byEvaluator', { name: e.author, role: t(`progress.role.${e.evaluatorRole}`) })
              : t('progress.by', { name: e.author })}
          </Text>
          {e.kind === 'monthly_report' && e.placementMonth !== null && (
            <Text size="sm" data-testid="entry-month-line">
              {t('progress.monthLine', {
                n: e.placementMonth,
                start: e.periodStart ?? '',
                end: e.periodEnd ?? '',
                host: hostName(e, lang),
              })}
            </Text>
          )}
          {e.kind === 'evaluation' && e.evaluationStage && e.title && (
            <Text size="sm">{t(`progress.stage.${e.evaluationStage}`)}</Text>
          )}
        </Stack>
        {!readOnly && (
          <Group gap={6} wrap="nowrap">
            {e.deleted ? (
              <Button
                size="compact-sm"
                variant="default"
                leftSection={<IconRestore size={14} aria-hidden />}
                onClick={() => onRestore(e)}
                aria-label={t('progress.restoreNamed', { entry: label })}
                data-testid="entry-restore"
              >
                {t('progress.restore')}
              </Button>
            ) : (
              <>
                <Button
                  size="compact-sm"
                  variant="default"
                  leftSection={<IconPencil size={14} aria-hidden />}
                  onClick={() => onEdit(e)}
                  aria-label={t('progress.editNamed', { entry: label })}
                  data-testid="entry-edit"
                >
                  {t('progress.edit')}
                </Button>
                <Button
                  size="compact-sm"
                  variant="default"
                  c="red.9"
                  leftSection={<IconTrash size={14} aria-hidden />}
                  onClick={() => onDelete(e)}
                  aria-label={t('progress.deleteNamed', { entry: label })}
                  data-testid="entry-delete"
                >
                  {t('progress.delete')}
                </Button>
              </>
            )}
          </Group>
        )}
      </Group>
      {e.kind === 'evaluation' && (
        <Stack mt="xs" gap="xs">
          <RatingsTable ratings={e.ratings} maxScore={maxScore} />
        </Stack>
      )}
      {e.body && (
        <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="entry-body">
          {e.body}
        </Text>
      )}
      <div style={{ marginTop: 'var(--mantine-spacing-xs)' }}>
        <AttachmentList entry={e} label={label} readOnly={readOnly || e.deleted} />
      </div>
    </Paper>
  );
}
