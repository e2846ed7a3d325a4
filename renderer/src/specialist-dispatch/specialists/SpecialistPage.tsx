// #/dispatch/specialists/:id: a specialist — who they are, their fields, languages and free periods,
// their past and booked dispatches, deactivate/reactivate (asked first), and the record's history.
import { Alert, Badge, Button, Group, Loader, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import { useReferenceLabels } from '../../api/reference';
import { dateRange, fyLabel, useLang } from '../../i18n/format';
import { errorText } from '../../i18n/messages';
import { notifyError, notifySaved } from '../../i18n/notify';
import { BackLink } from '../../ui/BackLink';
import { DetailSection } from '../../ui/DetailSection';
import { RecordHistory } from '../../ui/history/RecordHistory';
import { prefectureName } from '../../ui/prefectures';
import { languageName, otherName, personName } from '../labels';
import { expertiseLabel } from '../options';
import { useExpertise, useInvalidateDispatch, useSpecialist } from '../queries';
import { StateBadge } from '../StateBadge';

export function SpecialistPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const id = Number(useParams().id ?? 0);
  const query = useSpecialist(id);
  const fields = useExpertise().data;
  const labels = useReferenceLabels();
  const invalidate = useInvalidateDispatch();

  if (query.isPending) return <Loader aria-label={t('common.loading')} />;
  if (query.isError || !query.data) return <Alert color="red">{errorText(t, query.error)}</Alert>;
  const { specialist: s, dispatches } = query.data;
  const name = personName(s, lang);
  const field = expertiseLabel(fields, lang);

  const setActive = (active: boolean) => {
    const run = async () => {
      try {
        await api().call('specialistDispatch.specialists.setActive', { id: s.id, active });
        await invalidate();
        notifySaved(t(active ? 'dispatch.specialists.reactivated' : 'dispatch.specialists.deactivated', { name }));
      } catch (error) {
        notifyError(error);
      }
    };
    if (active) {
      void run();
      return;
    }
    modals.openConfirmModal({
      title: t('dispatch.specialists.deactivateTitle', { name }),
      children: <Text size="sm">{t('dispatch.specialists.deactivateText')}</Text>,
      labels: { confirm: t('dispatch.specialists.deactivate'), cancel: t('common.cancel') },
      confirmProps: { color: 'red.9', 'data-testid': 'confirm-deactivate' },
      closeButtonProps: { 'aria-label': t('common.cancel') },
      onConfirm: () => void run(),
    });
  };

  return (
    <Stack gap="md">
      <BackLink to="/dispatch/specialists">{t('dispatch.specialists.title')}</BackLink>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="sm">
            <Title order={1} size="h2" data-testid="specialist-name">
              {name}
            </Title>
            {s.retired && (
              <Badge variant="outline" color="gray.7">
                {t('dispatch.specialists.retired')}
              </Badge>
            )}
            {!s.active && <Badge color="gray.7">{t('dispatch.specialists.inactive')}</Badge>}
          </Group>
          {otherName(s, lang) && <Text c="dimmed">{otherName(s, lang)}</Text>}
        </div>
        <Group gap="sm">
          <Button
            component={Link}
            to={`/dispatch/specialists/${s.id}/edit`}
            variant="default"
            leftSection={<IconPencil size={16} aria-hidden />}
          >
            {t('dispatch.specialists.edit')}
          </Button>
          {s.active ? (
            <Button
              variant="outline"
              color="red.9"
              onClick={() => setActive(false)}
              data-testid="specialist-deactivate"
            >
              {t('dispatch.specialists.deactivate')}
            </Button>
          ) : (
            <Button variant="outline" onClick={() => setActive(true)} data-testid="specialist-reactivate">
              {t('dispatch.specialists.reactivate')}
            </Button>
          )}
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <DetailSection
          title={t('dispatch.specialists.section.work')}
          items={[
            { label: t('dispatch.specialists.field.homeGovernment'), value: s.homeGovernment },
            {
              label: t('dispatch.specialists.field.prefecture'),
              value: s.prefecture ? prefectureName(s.prefecture, lang) : null,
            },
            { label: t('dispatch.specialists.field.position'), value: s.position },
            { label: t('dispatch.specialists.field.email'), value: s.email },
            { label: t('dispatch.specialists.field.phone'), value: s.phone },
            { label: t('dispatch.specialists.field.notes'), value: s.notes },
          ]}
        />
        <DetailSection
          title={t('dispatch.specialists.section.expertise')}
          items={[
            { label: t('dispatch.specialists.field.fieldIds'), value: s.fieldIds.map(field).join(', ') },
            {
              label: t('dispatch.specialists.field.languages'),
              value: s.languages.map((l) => languageName(l, lang)).join(', '),
            },
            {
              label: t('dispatch.specialists.section.availability'),
              value: s.availability.length
                ? s.availability.map((a) => (
                    <div key={a.id}>
                      {dateRange(a.start, a.end, lang)}
                      {a.note ? ` (${a.note})` : ''}
                    </div>
                  ))
                : null,
            },
          ]}
        />
      </SimpleGrid>
      <Paper withBorder p="md" component="section" aria-labelledby="specialist-dispatches">
        <Title order={2} size="h4" id="specialist-dispatches" mb="sm">
          {t('dispatch.specialists.dispatches')}
        </Title>
        {dispatches.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('dispatch.specialists.noDispatches')}
          </Text>
        ) : (
          <Table verticalSpacing="xs" withTableBorder striped data-testid="specialist-dispatches">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dispatch.col.reference')}</Table.Th>
                <Table.Th>{t('dispatch.col.country')}</Table.Th>
                <Table.Th>{t('dispatch.col.government')}</Table.Th>
                <Table.Th>{t('dispatch.col.field')}</Table.Th>
                <Table.Th>{t('dispatch.dispatches.period')}</Table.Th>
                <Table.Th>{t('dispatch.col.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {dispatches.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>
                    <Link to={`/dispatch/requests/${d.requestId}`} className="tl-link">
                      {d.reference}
                    </Link>
                    <Text size="xs" c="dimmed">
                      {fyLabel(d.fiscalYear, lang, true)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{labels.country(d.countryCode)}</Table.Td>
                  <Table.Td>{d.requestingGovernment}</Table.Td>
                  <Table.Td>{field(d.fieldId)}</Table.Td>
                  <Table.Td>{d.start && d.end ? dateRange(d.start, d.end, lang) : '—'}</Table.Td>
                  <Table.Td>
                    <StateBadge state={d.cancelled ? 'cancelled' : d.requestState} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <RecordHistory entity="specialist" id={String(s.id)} />
    </Stack>
  );
}
