// #/dispatch/counterparts: one agency per country, through which its requests come. Every country in
// the vocabulary has a row, with its counterpart or "none yet"; adding or editing happens in a dialog.
// A counterpart loaded from CLAIR's reference file says so.
import { Alert, Badge, Button, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus, IconSettings } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Country } from '../../../../shared/reference/schema';
import type { Counterpart } from '../../../../shared/specialist-dispatch/schema';
import { nameOf, useCountries } from '../../api/reference';
import { useLang } from '../../i18n/format';
import { errorText } from '../../i18n/messages';
import { BackLink } from '../../ui/BackLink';
import { EmptyState } from '../../ui/lists/EmptyState';
import { useCounterparts } from '../queries';
import { CounterpartModal } from './CounterpartModal';

export function CounterpartsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const countries = useCountries();
  const counterparts = useCounterparts();
  const [editing, setEditing] = useState<{ country: Country; counterpart: Counterpart | null } | null>(null);
  const byCountry = new Map((counterparts.data ?? []).map((c) => [c.countryCode, c]));
  // Every active country, plus any inactive one that has a counterpart on record.
  const rows = (countries.data ?? []).filter((c) => c.active || byCountry.has(c.code));

  return (
    <Stack gap="md">
      <BackLink to="/dispatch">{t('dispatch.requests.title')}</BackLink>
      <Title order={1} size="h2">
        {t('dispatch.counterparts.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('dispatch.counterparts.intro')}
      </Text>
      {(countries.isPending || counterparts.isPending) && <Loader size="sm" aria-label={t('common.loading')} />}
      {counterparts.isError && <Alert color="red">{errorText(t, counterparts.error)}</Alert>}
      {counterparts.data && countries.data && rows.length === 0 && (
        <EmptyState
          filtered={false}
          title={t('dispatch.counterparts.emptyTitle')}
          text={t('dispatch.counterparts.emptyText')}
          actions={
            <Button component={Link} to="/settings" leftSection={<IconSettings size={16} aria-hidden />}>
              {t('dispatch.counterparts.emptySettings')}
            </Button>
          }
        />
      )}
      {counterparts.data && rows.length > 0 && (
        <Table withTableBorder striped verticalSpacing="xs" data-testid="counterparts">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={170}>{t('dispatch.col.country')}</Table.Th>
              <Table.Th>{t('dispatch.counterparts.agency')}</Table.Th>
              <Table.Th>{t('dispatch.counterparts.contact')}</Table.Th>
              <Table.Th w={120}>
                <Text span size="sm" fw={700}>
                  {t('settings.actions')}
                </Text>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((country) => {
              const c = byCountry.get(country.code) ?? null;
              const cname = nameOf(country, lang);
              return (
                <Table.Tr key={country.code} data-testid="counterpart-row" data-country={country.code}>
                  <Table.Td fw={600}>{cname}</Table.Td>
                  <Table.Td>
                    {c ? (
                      <>
                        <Text size="sm" data-testid="counterpart-name">
                          {c.name}
                        </Text>
                        {c.fromReference && (
                          <Badge variant="outline" color="gray.7" size="sm" mt={2} data-testid="from-reference">
                            {t('dispatch.counterparts.fromReference')}
                          </Badge>
                        )}
                      </>
                    ) : (
                      <Text size="sm" c="dimmed" data-testid="counterpart-none">
                        {t('dispatch.counterparts.noneYet')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {c && <Text size="sm">{[c.contactName, c.email, c.phone].filter(Boolean).join(' · ') || '—'}</Text>}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      leftSection={c ? <IconPencil size={14} aria-hidden /> : <IconPlus size={14} aria-hidden />}
                      aria-label={t(c ? 'dispatch.counterparts.editFor' : 'dispatch.counterparts.addFor', {
                        country: cname,
                      })}
                      onClick={() => setEditing({ country, counterpart: c })}
                    >
                      {t(c ? 'dispatch.counterparts.edit' : 'dispatch.counterparts.add')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <CounterpartModal editing={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}
