// #/dispatch/requests/:id: a request — its details, where it stands (the stepper), a button for exactly
// each move the core allows now (detail.next), the suggested specialists once approved, the
// dispatches with their dates and cost notes, the recorded moves, and the record's history of changes.
// The documents menu (the letters about the request and its dispatches) is a slot from app/routes.
import { Alert, Anchor, Button, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { RequestDetail } from '../../../../shared/specialist-dispatch/schema';
import type { RequestState, TransitionNeed } from '../../../../shared/specialist-dispatch/workflow';
import { isFinalState } from '../../../../shared/specialist-dispatch/workflow';
import { useReferenceLabels } from '../../api/reference';
import { dateRange, fyLabel, useLang } from '../../i18n/format';
import { errorText } from '../../i18n/messages';
import { BackLink } from '../../ui/BackLink';
import { DetailSection } from '../../ui/DetailSection';
import { RecordHistory } from '../../ui/history/RecordHistory';
import { personName, windowFlag } from '../labels';
import { expertiseLabel } from '../options';
import { useExpertise, useMatches, useRequest } from '../queries';
import { StateBadge } from '../StateBadge';
import { DispatchesCard } from './DispatchesCard';
import { MatchSuggestions } from './MatchSuggestions';
import { MoveModal } from './MoveModal';
import { TransitionsList } from './TransitionsList';
import { WorkflowStepper } from './WorkflowStepper';

/** The audit log's name for a request (electron/core/dispatch). */
export const REQUEST_ENTITY = 'dispatch_request';

export function RequestPage({ documents }: { documents?: (detail: RequestDetail) => ReactNode }) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = Number(useParams().id ?? 0);
  const query = useRequest(id);
  const detail = query.data;
  const labels = useReferenceLabels();
  const fields = useExpertise().data;
  const approved = detail?.request.state === 'approved';
  const matches = useMatches(id, detail?.request.version ?? 0, approved);
  const [move, setMove] = useState<{ to: RequestState; needs: TransitionNeed[] } | null>(null);
  const [picked, setPicked] = useState<string[]>([]);

  if (query.isPending) return <Loader aria-label={t('common.loading')} />;
  if (query.isError || !detail) return <Alert color="red">{errorText(t, query.error)}</Alert>;
  const { request } = detail;
  const field = expertiseLabel(fields, lang);
  const flag = windowFlag(t, request.window);
  const forward = detail.next.filter((n) => n.to !== 'cancelled');
  const cancel = detail.next.find((n) => n.to === 'cancelled');
  const choices = (matches.data?.matches ?? []).map((m) => ({
    value: String(m.specialistId),
    label: `${personName(m, lang)} (${m.homeGovernment})`,
  }));
  const matchMove = detail.next.find((n) => n.to === 'specialist_matched');

  return (
    <Stack gap="md">
      <BackLink to="/dispatch">{t('dispatch.requests.title')}</BackLink>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="sm" align="center">
            <Title order={1} size="h2" data-testid="request-reference">
              {request.reference}
            </Title>
            <StateBadge state={request.state} />
          </Group>
          <Text c="dimmed">
            {request.requestingGovernment} · {labels.country(request.countryCode)} · {fyLabel(request.fiscalYear, lang)}
          </Text>
        </div>
        <Group gap="sm">
          {documents?.(detail)}
          {forward.map((n) => (
            <Button key={n.to} onClick={() => setMove({ to: n.to, needs: n.needs })} data-testid={`move-${n.to}`}>
              {t(`dispatch.move.button.${n.to}`)}
            </Button>
          ))}
          {cancel && (
            <Button
              variant="outline"
              color="red.9"
              onClick={() => setMove({ to: 'cancelled', needs: cancel.needs })}
              data-testid="move-cancelled"
            >
              {t('dispatch.move.button.cancelled')}
            </Button>
          )}
          {!isFinalState(request.state) && (
            <Button
              component={Link}
              to={`/dispatch/requests/${request.id}/edit`}
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
            >
              {t('dispatch.request.edit')}
            </Button>
          )}
        </Group>
      </Group>
      <WorkflowStepper detail={detail} />
      {approved && (
        <MatchSuggestions
          result={matches.data}
          pending={matches.isPending}
          error={matches.error}
          picked={picked}
          onPick={setPicked}
          onMatch={() => matchMove && setMove({ to: 'specialist_matched', needs: matchMove.needs })}
        />
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <DetailSection
          title={t('dispatch.request.details')}
          items={[
            { label: t('dispatch.field.fiscalYear'), value: fyLabel(request.fiscalYear, lang) },
            {
              label: t('dispatch.field.receivedOn'),
              testId: 'request-received',
              value: (
                <>
                  {request.receivedOn}
                  {flag && (
                    <span className="dp-flag" style={{ marginLeft: 8 }} data-testid="window-flag">
                      {flag}
                    </span>
                  )}
                </>
              ),
            },
            { label: t('dispatch.field.countryCode'), value: labels.country(request.countryCode) },
            {
              label: t('dispatch.field.counterpart'),
              value: request.counterpartName ? (
                <Anchor component={Link} to="/dispatch/counterparts" size="sm">
                  {request.counterpartName}
                </Anchor>
              ) : (
                t('dispatch.counterparts.none')
              ),
            },
            { label: t('dispatch.field.requestingGovernment'), value: request.requestingGovernment },
            { label: t('dispatch.field.fieldId'), value: field(request.fieldId) },
            {
              label: t('dispatch.request.wished'),
              value:
                request.wishedStart || request.wishedEnd
                  ? dateRange(request.wishedStart, request.wishedEnd, lang)
                  : null,
            },
          ]}
        />
        <Stack gap="md">
          <DetailSection
            title={t('dispatch.request.asked')}
            items={[
              {
                label: t('dispatch.field.summary'),
                value: <span style={{ whiteSpace: 'pre-wrap' }}>{request.summary}</span>,
              },
              { label: t('dispatch.field.contactName'), value: request.contactName },
              { label: t('dispatch.field.contactEmail'), value: request.contactEmail },
              { label: t('dispatch.field.contactPhone'), value: request.contactPhone },
            ]}
          />
          {request.outcome && (
            <DetailSection
              title={t('dispatch.request.outcome')}
              items={[
                {
                  label: t('dispatch.move.outcome'),
                  testId: 'request-outcome',
                  value: <span style={{ whiteSpace: 'pre-wrap' }}>{request.outcome}</span>,
                },
              ]}
            />
          )}
        </Stack>
      </SimpleGrid>
      <DispatchesCard
        dispatches={detail.dispatches}
        canEdit={!isFinalState(request.state) || request.state === 'completed'}
        onReload={() => query.refetch()}
      />
      <TransitionsList transitions={detail.transitions} />
      <RecordHistory entity={REQUEST_ENTITY} id={String(request.id)} />
      <MoveModal
        detail={detail}
        move={move}
        choices={choices}
        picked={picked}
        onClose={() => setMove(null)}
        onReload={() => query.refetch()}
      />
    </Stack>
  );
}
