// The host picker: the core's ranked suggestions for this trainee and period, each host's fit said in
// words (field offered, free seats over the whole period, prefecture, full), one to choose.
import { Badge, Button, Group, Loader, Radio, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PREFECTURES } from '../../../../shared/hosts/prefectures';
import { useLang } from '../../i18n/format';
import { errorText } from '../../i18n/messages';
import { SearchableSelect } from '../../ui/forms/SearchableSelect';
import { hostName, type Localize, prefectureName } from '../text';
import type { HostRef, PlacementForm } from './usePlacementForm';
import './form.css';
import { countOf } from '../../i18n/plural';

type Suggestion = NonNullable<PlacementForm['suggestions']['data']>['hosts'][number];
type Reason = Suggestion['reasons'][number];

function ReasonLine({ reason, localize }: { reason: Reason; localize: Localize }) {
  const { t } = useTranslation();
  const good = reason.points > 0;
  const Icon = good ? IconCheck : reason.code === 'full' ? IconX : IconAlertTriangle;
  const color = good
    ? 'var(--mantine-color-teal-8)'
    : reason.code === 'full'
      ? 'var(--mantine-color-red-8)'
      : 'var(--mantine-color-orange-8)';
  return (
    <li className="pl-reason">
      <Icon size={14} color={color} aria-hidden />
      <span>
        {t(`placements.reason.${reason.code}`, {
          ...localize(reason.params),
          ...countOf(`placements.reason.${reason.code}`, reason.params),
          defaultValue: reason.code,
        })}
      </span>
    </li>
  );
}

function SuggestionCard({ s, rank, localize }: { s: Suggestion; rank: number; localize: Localize }) {
  const { t } = useTranslation();
  const lang = useLang();
  const other = lang === 'ja' ? s.nameEn : s.nameJa;
  return (
    <Radio.Card value={String(s.hostId)} className="pl-card" data-testid="host-suggestion" radius="sm">
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <Radio.Indicator mt={3} />
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Text fw={600} size="sm" truncate>
              <span className="pl-rank">{t('placements.suggest.rank', { rank })}</span> {hostName(s, lang)}
            </Text>
            <Badge
              color={s.free > 0 ? 'teal' : 'red'}
              c={s.free > 0 ? 'teal.9' : 'red.9'}
              variant="outline"
              tt="none"
              style={{ flexShrink: 0 }}
            >
              {s.free > 0
                ? t('placements.suggest.seats', { free: s.free, capacity: s.capacity })
                : t('placements.suggest.full')}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed">
            {other && other !== hostName(s, lang) ? `${other} · ` : ''}
            {prefectureName(s.prefecture, lang)}
          </Text>
          <ul className="pl-reasons">
            {s.reasons.map((r) => (
              <ReasonLine key={r.code} reason={r} localize={localize} />
            ))}
          </ul>
        </Stack>
      </Group>
    </Radio.Card>
  );
}

export function HostSuggestions({ form, localize }: { form: PlacementForm; localize: Localize }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { suggestions, values } = form;
  const hosts = suggestions.data?.hosts ?? [];
  const selected = values.host;
  // The current host of a placement being changed stays choosable even when it is not ranked.
  const listed = selected === null || hosts.some((h) => h.hostId === selected.id);

  const choose = (value: string) => {
    const id = Number(value);
    const found = hosts.find((h) => h.hostId === id);
    if (found) form.set({ host: { id, nameEn: found.nameEn, nameJa: found.nameJa } });
    else if (selected && selected.id === id) form.set({ host: selected });
  };

  let body: React.ReactNode;
  if (form.suggestInput === null) {
    const bad = form.period.start && form.period.end && form.period.start > form.period.end;
    body = (
      <>
        <Text size="sm" c="dimmed">
          {bad ? t('placements.suggest.badPeriod') : t('placements.suggest.needPeriod')}
        </Text>
        {selected && (
          <Radio.Group value={String(selected.id)} label={t('placements.field.host')}>
            <CurrentHost host={selected} />
          </Radio.Group>
        )}
      </>
    );
  } else if (suggestions.isError) {
    body = <Text c="red.9">{errorText(t, suggestions.error)}</Text>;
  } else if (suggestions.isPending) {
    body = <Loader size="sm" aria-label={t('placements.suggest.loading')} />;
  } else if (hosts.length === 0) {
    body = <Text size="sm">{t('placements.suggest.none')}</Text>;
  } else {
    body = (
      <Radio.Group
        value={selected ? String(selected.id) : null}
        onChange={choose}
        label={t('placements.suggest.title')}
        description={t('placements.suggest.intro')}
        withAsterisk
      >
        <Stack gap={6} mt="xs" data-testid="host-suggestions" aria-busy={suggestions.isFetching}>
          {!listed && selected && <CurrentHost host={selected} />}
          {hosts.map((s, i) => (
            <SuggestionCard key={s.hostId} s={s} rank={i + 1} localize={localize} />
          ))}
        </Stack>
      </Radio.Group>
    );
  }

  return (
    <Stack gap="xs">
      <SearchableSelect
        label={t('placements.suggest.prefecture')}
        placeholder={t('placements.suggest.anyPrefecture')}
        data={PREFECTURES.map((p) => ({ value: String(p.code), label: lang === 'ja' ? p.ja : p.en }))}
        value={form.prefecture ? String(form.prefecture) : null}
        onChange={(v) => form.setPrefecture(v ? Number(v) : null)}
        clearable
        size="xs"
        w={220}
        comboboxProps={{ withinPortal: true }}
      />
      {body}
      {hosts.length >= form.limit && form.limit < 50 && (
        <Button variant="subtle" size="xs" onClick={form.showMore} style={{ alignSelf: 'flex-start' }}>
          {t('placements.suggest.more')}
        </Button>
      )}
    </Stack>
  );
}

function CurrentHost({ host }: { host: HostRef }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Radio.Card value={String(host.id)} className="pl-card" radius="sm">
      <Group wrap="nowrap" gap="sm">
        <Radio.Indicator />
        <Text size="sm" fw={600}>
          {hostName(host, lang)} <span className="pl-rank">· {t('placements.suggest.chosen')}</span>
        </Text>
      </Group>
    </Radio.Card>
  );
}
