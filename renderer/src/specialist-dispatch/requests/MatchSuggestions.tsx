// The specialists suggested for an approved request (specialistDispatch.requests.match), best first, each with its score
// and every reason in words; staff tick one or more and match them (the move to "specialist matched").
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  Loader,
  Paper,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconUserCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MatchResult } from '../../../../shared/specialist-dispatch/schema';
import { useReferenceLabels } from '../../api/reference';
import { dateRange, useLang } from '../../i18n/format';
import { errorText } from '../../i18n/messages';
import { personName, reasonText } from '../labels';

interface Props {
  result: MatchResult | undefined;
  pending: boolean;
  error: unknown;
  picked: string[];
  onPick: (ids: string[]) => void;
  onMatch: () => void;
}

export function MatchSuggestions({ result, pending, error, picked, onPick, onMatch }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const labels = useReferenceLabels();
  const toggle = (id: string, on: boolean) => onPick(on ? [...picked, id] : picked.filter((p) => p !== id));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="match-title" data-testid="match-suggestions">
      <Group justify="space-between" align="baseline" mb="xs">
        <Title order={2} size="h4" id="match-title">
          {t('dispatch.match.title')}
        </Title>
        <Button
          leftSection={<IconUserCheck size={16} aria-hidden />}
          disabled={picked.length === 0}
          onClick={onMatch}
          data-testid="match-selected"
        >
          {picked.length
            ? t('dispatch.match.matchSelected', { count: picked.length })
            : t('dispatch.match.tickToMatch')}
        </Button>
      </Group>
      {result && (
        <Text size="sm" c="dimmed" mb="sm">
          {t('dispatch.match.intro', {
            considered: result.considered,
            period: dateRange(result.wished.start, result.wished.end, lang),
          })}
        </Text>
      )}
      {pending && <Loader size="sm" aria-label={t('common.loading')} />}
      {error ? <Alert color="red">{errorText(t, error)}</Alert> : null}
      {result && result.matches.length === 0 && (
        <Alert color="gray">
          {t('dispatch.match.none')} <Link to="/dispatch/specialists/new">{t('dispatch.specialists.new')}</Link>
        </Alert>
      )}
      {result && result.matches.length > 0 && (
        <Table verticalSpacing="xs" striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={48}>
                <VisuallyHidden>{t('dispatch.match.pick')}</VisuallyHidden>
              </Table.Th>
              <Table.Th>{t('dispatch.match.specialist')}</Table.Th>
              <Table.Th w={80} className="dp-num">
                {t('dispatch.match.score')}
              </Table.Th>
              <Table.Th>{t('dispatch.match.why')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.matches.map((m) => {
              const id = String(m.specialistId);
              const name = personName(m, lang);
              return (
                <Table.Tr key={id} data-testid="match-row" data-id={id}>
                  <Table.Td>
                    <Checkbox
                      aria-label={t('dispatch.match.pickName', { name })}
                      checked={picked.includes(id)}
                      onChange={(e) => toggle(id, e.currentTarget.checked)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Link to={`/dispatch/specialists/${m.specialistId}`} className="tl-link">
                      {name}
                    </Link>
                    <Text size="xs" c="dimmed">
                      {m.homeGovernment}
                      {m.retired ? ` · ${t('dispatch.specialists.retired')}` : ''}
                    </Text>
                    {m.booked && (
                      <Badge color="red.9" variant="outline" size="sm" mt={2}>
                        {t('dispatch.match.booked')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td className="dp-num" data-testid="match-score">
                    {m.score}
                  </Table.Td>
                  <Table.Td>
                    <List size="sm" spacing={2}>
                      {m.reasons.map((r) => (
                        <List.Item key={r.code}>
                          {reasonText(t, lang, r, labels.country)}{' '}
                          <Text span size="xs" c="dimmed">
                            ({r.points > 0 ? `+${r.points}` : r.points})
                          </Text>
                        </List.Item>
                      ))}
                    </List>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
