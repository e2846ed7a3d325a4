// The evaluation's own fields: the stage, who evaluates, and one row per active criterion with a
// level of the scale and a comment. Criteria rated before but deactivated since still show on edit.
import { Alert, Group, Radio, Select, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EVALUATION_STAGES, EVALUATOR_ROLES } from '../../../../shared/progress/schema';
import { useLang } from '../../i18n/format';
import type { Role, Stage } from './entryValues';
import type { EntryForm } from './useEntryForm';

export function criterionName(c: { nameEn: string; nameJa: string }, lang: 'en' | 'ja') {
  return lang === 'ja' ? c.nameJa || c.nameEn : c.nameEn;
}

export const levelLabel = (l: { labelEn: string; labelJa: string }, lang: 'en' | 'ja') =>
  lang === 'ja' ? l.labelJa || l.labelEn : l.labelEn;

/** A plain select of a few levels: Enter opens or chooses, and never submits the form. */
const keepEnter = (event: React.KeyboardEvent<HTMLInputElement>) => {
  if (event.key === 'Enter') event.preventDefault();
};

export function EvaluationFields({ form }: { form: EntryForm }) {
  const { criteria, scale } = form;
  const { t } = useTranslation();
  const lang = useLang();
  const { values, fieldErrors } = form;
  const levels = scale.map((l) => ({ value: String(l.score), label: `${l.score} · ${levelLabel(l, lang)}` }));

  return (
    <>
      <Group grow align="flex-start">
        <Radio.Group
          id="entry-evaluationStage"
          label={t('progress.field.evaluationStage')}
          withAsterisk
          value={values.stage ?? ''}
          onChange={(v) => form.set({ stage: v as Stage })}
          error={fieldErrors.evaluationStage}
          data-testid="entry-stage"
        >
          <Group gap="md" mt={6}>
            {EVALUATION_STAGES.map((s) => (
              <Radio key={s} value={s} label={t(`progress.stageShort.${s}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Radio.Group
          id="entry-evaluatorRole"
          label={t('progress.field.evaluatorRole')}
          withAsterisk
          value={values.role ?? ''}
          onChange={(v) => form.set({ role: v as Role })}
          error={fieldErrors.evaluatorRole}
          data-testid="entry-role"
        >
          <Group gap="md" mt={6}>
            {EVALUATOR_ROLES.map((r) => (
              <Radio key={r} value={r} label={t(`progress.role.${r}`)} />
            ))}
          </Group>
        </Radio.Group>
      </Group>
      <div>
        <Text size="sm" fw={500} id="entry-ratings-label">
          {t('progress.field.ratings')}
        </Text>
        <Text size="xs" c="dimmed" mb={4}>
          {t('progress.form.ratingsHint')}
        </Text>
        {criteria.length === 0 ? (
          <Alert color="gray">{t('progress.form.noCriteria')}</Alert>
        ) : (
          <Table
            withTableBorder
            verticalSpacing={6}
            aria-labelledby="entry-ratings-label"
            data-testid="entry-ratings"
            layout="fixed"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="24%">{t('progress.field.criterion')}</Table.Th>
                <Table.Th w="30%">{t('progress.field.score')}</Table.Th>
                <Table.Th>{t('progress.field.comment')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {criteria.map((c) => {
                const name = criterionName(c, lang);
                const r = values.ratings[c.id] ?? { score: null, comment: '' };
                const setRating = (patch: Partial<typeof r>) =>
                  form.set({ ratings: { ...values.ratings, [c.id]: { ...r, ...patch } } });
                return (
                  <Table.Tr key={c.id} data-testid="entry-rating-row" data-criterion={c.nameEn}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {name}
                      </Text>
                      {!c.active && (
                        <Text size="xs" c="dimmed">
                          {t('progress.settings.inactive')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Select
                        id={`entry-rating-${c.id}-score`}
                        onKeyDown={keepEnter}
                        aria-label={t('progress.form.scoreFor', { criterion: name })}
                        placeholder={t('progress.form.notRated')}
                        data={levels}
                        value={r.score}
                        onChange={(score) => setRating({ score })}
                        clearable
                        clearButtonProps={{ 'aria-label': t('progress.form.clearScore', { criterion: name }) }}
                        error={form.fieldErrors[`rating.${c.id}.score`]}
                        comboboxProps={{ withinPortal: true }}
                        data-testid="entry-rating-score"
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        id={`entry-rating-${c.id}-comment`}
                        aria-label={t('progress.form.commentFor', { criterion: name })}
                        value={r.comment}
                        maxLength={2000}
                        onChange={(e) => setRating({ comment: e.currentTarget.value })}
                        error={form.fieldErrors[`rating.${c.id}.comment`]}
                        data-testid="entry-rating-comment"
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
        {fieldErrors.ratings && (
          <Text size="sm" c="red.9" mt={4} role="alert">
            {fieldErrors.ratings}
          </Text>
        )}
      </div>
    </>
  );
}
