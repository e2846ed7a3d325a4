// Passport and residence-card numbers stay hidden (•••••321, the rule the print views use too) until
// someone asks to see them, so they are not read over a shoulder or caught in a screenshot by accident.
import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maskNumber } from '../../../../shared/trainees/mask';

export function MaskedValue({ value, label }: { value: string | null; label: string }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  if (!value) return <>—</>;
  return (
    <Group gap="xs" wrap="nowrap">
      <Text ff="monospace" size="sm">
        {shown ? value : maskNumber(value)}
      </Text>
      <Button
        size="compact-xs"
        variant="subtle"
        aria-pressed={shown}
        aria-label={shown ? t('detail.hideValue', { label }) : t('detail.showValue', { label })}
        onClick={() => setShown((s) => !s)}
      >
        {shown ? t('detail.hide') : t('detail.show')}
      </Button>
    </Group>
  );
}
