// The public holidays of the intro period, in one line above its sessions, so staff planning a
// session by hand see them too.
import { Group, Text } from '@mantine/core';
import { IconBeach } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { holidayName, holidaysBetween } from '../../../../shared/calendar/holidays';
import { useLang } from '../../i18n/format';
import { useDayLabel } from './days';

export function IntroHolidays({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const day = useDayLabel();
  const holidays = holidaysBetween(from, to);
  if (holidays.length === 0) return null;
  return (
    <Group gap={6} mb="sm" wrap="nowrap" align="flex-start" data-testid="intro-holidays">
      <IconBeach size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
      <Text size="sm">
        <Text span fw={600} size="sm">
          {t('plan.introHolidays', { count: holidays.length })}
        </Text>{' '}
        {holidays.map((h) => `${day(h.date)} ${holidayName(h, lang)}`).join(' · ')}
      </Text>
    </Group>
  );
}
