// An evaluation's ratings: each criterion with its level (number and label) and the comment.
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Rating } from '../../../../shared/progress/schema';
import { useLang } from '../../i18n/format';
import { criterionName, levelLabel } from '../form/EvaluationFields';

export function RatingsTable({ ratings, maxScore }: { ratings: Rating[]; maxScore: number | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (ratings.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('progress.noRatings')}
      </Text>
    );
  }
  return (
    <Table withTableBorder verticalSpacing={4} fz="sm" layout="fixed" data-testid="entry-ratings-view">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="26%">{t('progress.field.criterion')}</Table.Th>
          <Table.Th w="26%">{t('progress.field.score')}</Table.Th>
          <Table.Th>{t('progress.field.comment')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {ratings.map((r) => (
          <Table.Tr key={r.criterionId} data-testid="entry-rating">
            <Table.Td>{criterionName({ nameEn: r.criterionEn, nameJa: r.criterionJa }, lang)}</Table.Td>
            <Table.Td>
              <Text span fw={600} size="sm">
                {maxScore ? `${r.score}/${maxScore}` : r.score}
              </Text>{' '}
              {levelLabel(r, lang)}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{r.comment ?? ''}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
