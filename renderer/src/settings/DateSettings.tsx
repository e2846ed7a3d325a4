// How this office reads and shows dates: a date typed as numbers (05/04/2027) day first, as in
// Singapore, or month first; and dates shown Western, in Japanese era years, or both. Each choice is
// saved as it is made (useSave) and reaches every date input at once through the ['settings'] query.
import { Radio, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/dates';
import type { DateDisplay, DateOrder, SettingsPatch } from '../../../shared/settings/schema';
import { api } from '../api/client';
import { useLang } from '../i18n/format';
import { errorText } from '../i18n/messages';
import { notifySaved } from '../i18n/notify';
import { FormProblems } from '../ui/forms/FormProblems';
import { showDate } from '../ui/forms/useDateSettings';
import { useSave } from '../ui/save/useSave';
import { settingsKey, useSettings } from '../ui/useSettings';

const EXAMPLE = '2027-04-05';
const ORDERS: DateOrder[] = ['dmy', 'mdy'];
const DISPLAYS: DateDisplay[] = ['western', 'era', 'both'];

export function DateSettings() {
  const { t } = useTranslation();
  const lang = useLang();
  const settings = useSettings().data;
  // Shown at once when chosen; the saved settings follow.
  const [order, setOrder] = useState<DateOrder>(settings?.dateOrder ?? 'dmy');
  const [display, setDisplay] = useState<DateDisplay>(settings?.dateDisplay ?? 'western');
  useEffect(() => {
    if (settings) {
      setOrder(settings.dateOrder);
      setDisplay(settings.dateDisplay);
    }
  }, [settings]);

  const saver = useSave({
    send: (patch: SettingsPatch) => api().call('settings.update', patch),
    invalidates: () => [settingsKey],
    onSaved: () => notifySaved(t('settings.dates.saved')),
  });
  const example = (style: DateDisplay) => formatDate(EXAMPLE, { lang, style });

  return (
    <Stack gap="md">
      {saver.error !== null && <FormProblems items={[]} error={errorText(t, saver.error)} />}
      <Radio.Group
        label={t('settings.dates.order')}
        value={order}
        onChange={(value) => {
          setOrder(value as DateOrder);
          void saver.save({ dateOrder: value as DateOrder });
        }}
      >
        <Stack gap="xs" mt="xs">
          {ORDERS.map((o) => (
            <Radio key={o} value={o} label={t(`settings.dates.${o}`, { example: example('western') })} />
          ))}
        </Stack>
      </Radio.Group>
      <Radio.Group
        label={t('settings.dates.display')}
        description={t('settings.dates.displayHint')}
        value={display}
        onChange={(value) => {
          setDisplay(value as DateDisplay);
          void saver.save({ dateDisplay: value as DateDisplay });
        }}
      >
        <Stack gap="xs" mt="xs">
          {DISPLAYS.map((d) => (
            <Radio key={d} value={d} label={t(`settings.dates.${d}`, { example: showDate(EXAMPLE, d, lang) })} />
          ))}
        </Stack>
      </Radio.Group>
    </Stack>
  );
}
