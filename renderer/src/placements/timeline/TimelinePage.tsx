// #/timeline/:fiscalYear — the cohort at a glance; #/timeline opens the current fiscal year.
import { ActionIcon, Alert, Badge, Group, Loader, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { currentFiscalYear } from '../../../../shared/fiscal-year';
import { api } from '../../api/client';
import { fyLabel, useLang } from '../../i18n/format';
import { errorText } from '../../i18n/messages';
import { useTimeline } from '../queries';
import { AMBER_TEXT } from '../text';
import { Legend } from './Legend';
import { TimelineChart } from './TimelineChart';
import { isConflict, type Row, rowWarnings, unaccepted } from './TimelineRow';

const needsAttention = (r: Row) =>
  r.placements.length === 0 ||
  rowWarnings(r).length > 0 ||
  r.placements.some((p) => isConflict(p) || unaccepted(p).length > 0);

function FiscalYearPicker({ fy, ready }: { fy: number; ready: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  // The years in use are asked for once the timeline is in: the server answers one call at a time.
  const facets = useQuery({
    // The trainee feature's facets entry, shared with its list.
    queryKey: ['trainees', 'facets'],
    queryFn: () => api().call('trainees.facets', {}),
    enabled: ready,
  }).data;
  const now = currentFiscalYear();
  const years = [...new Set([...(facets?.fiscalYears ?? []), now - 1, now, now + 1, fy])].sort((a, b) => b - a);
  const go = (year: number) => navigate(`/timeline/${year}`);
  return (
    <Group gap={4} align="flex-end">
      <ActionIcon variant="default" size="lg" onClick={() => go(fy - 1)} aria-label={t('timeline.prevYear')}>
        <IconChevronLeft size={18} aria-hidden />
      </ActionIcon>
      <Select
        label={t('timeline.fiscalYear')}
        data={years.map((y) => ({ value: String(y), label: fyLabel(y, lang) }))}
        value={String(fy)}
        onChange={(v) => v && go(Number(v))}
        allowDeselect={false}
        w={lang === 'ja' ? 210 : 130}
        data-testid="timeline-fy"
      />
      <ActionIcon variant="default" size="lg" onClick={() => go(fy + 1)} aria-label={t('timeline.nextYear')}>
        <IconChevronRight size={18} aria-hidden />
      </ActionIcon>
    </Group>
  );
}

export function TimelinePage() {
  const param = useParams().fiscalYear;
  const fy = Number(param);
  if (!param || !Number.isInteger(fy) || fy < 1990 || fy > 2100) {
    return <Navigate to={`/timeline/${currentFiscalYear()}`} replace />;
  }
  return <TimelineView fy={fy} />;
}

function TimelineView({ fy }: { fy: number }) {
  const { t } = useTranslation();
  const query = useTimeline(fy);
  // ?q= opens the chart filtered to a trainee (Needs attention's link to a conflict).
  const [params] = useSearchParams();
  const [search, setSearch] = useState(() => params.get('q') ?? '');
  const [attention, setAttention] = useState(false);
  const data = query.data;

  const rows = useMemo(() => {
    const words = search.trim().toLowerCase();
    return (data?.rows ?? []).filter(
      (r) =>
        (!attention || needsAttention(r)) &&
        (!words || `${r.fullName} ${r.nativeName ?? ''} ${r.ref}`.toLowerCase().includes(words)),
    );
  }, [data, search, attention]);

  const all = data?.rows ?? [];
  const bars = all.flatMap((r) => r.placements);
  const conflicts = bars.filter(isConflict).length;
  const unplaced = all.filter((r) => r.placements.length === 0).length;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={1} size="h2">
            {t('timeline.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('timeline.intro')}
          </Text>
        </Stack>
        <FiscalYearPicker fy={fy} ready={!query.isPending} />
      </Group>
      {query.isPending && <Loader aria-label={t('common.loading')} />}
      {query.isError && <Alert color="red">{`${t('timeline.loadFailed')} ${errorText(t, query.error)}`}</Alert>}
      {data && (
        <>
          <Group gap="xs" data-testid="timeline-summary">
            <Badge variant="light" color="desk" c="desk.9" tt="none">
              {t('timeline.trainees', { count: all.length })}
            </Badge>
            <Badge variant="light" color="desk" c="desk.9" tt="none">
              {t('timeline.placements', { count: bars.length })}
            </Badge>
            <Badge
              variant={conflicts ? 'filled' : 'light'}
              color={conflicts ? 'red.9' : 'gray'}
              c={conflicts ? undefined : 'gray.9'}
              tt="none"
            >
              {t('timeline.conflicts', { count: conflicts })}
            </Badge>
            <Badge variant="light" color={unplaced ? 'orange' : 'gray'} c={unplaced ? AMBER_TEXT : 'gray.9'} tt="none">
              {t('timeline.unplaced', { count: unplaced })}
            </Badge>
          </Group>
          {!data.cohort && (
            <Alert color="gray" py={6}>
              {t('timeline.noCohort')}
            </Alert>
          )}
          {all.length === 0 ? (
            <Text>{t('timeline.empty')}</Text>
          ) : (
            <>
              <Group justify="space-between" align="center">
                <Group gap="md">
                  <TextInput
                    aria-label={t('timeline.filter')}
                    placeholder={t('timeline.filter')}
                    leftSection={<IconSearch size={14} aria-hidden />}
                    value={search}
                    onChange={(e) => setSearch(e.currentTarget.value)}
                    size="xs"
                    w={240}
                  />
                  <Switch
                    size="xs"
                    label={t('timeline.attention')}
                    checked={attention}
                    onChange={(e) => setAttention(e.currentTarget.checked)}
                  />
                </Group>
                <Legend />
              </Group>
              {rows.length === 0 ? <Text>{t('timeline.noMatch')}</Text> : <TimelineChart data={data} rows={rows} />}
            </>
          )}
        </>
      )}
    </Stack>
  );
}
