// The first-run offer of CLAIR's reference data: a card, not a dialog, so it blocks nothing. It shows
// while the core says so (nothing imported, not dismissed); "Not now" dismisses it for good — the
// import stays in the navigation and the menu. Shown on Home (app/routes/HomeRoute puts it there).
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconBooks } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../api/client';
import { notifyError, notifySaved } from '../i18n/notify';
import { useInvalidateReference, useReferenceStatus } from './queries';

export function ReferenceOffer() {
  const { t } = useTranslation();
  const status = useReferenceStatus();
  const invalidate = useInvalidateReference();
  const [dismissing, setDismissing] = useState(false);
  // An older core (or a failed call) simply shows no offer: Home must not depend on it.
  if (!status.data?.offer || !status.data.available) return null;

  const dismiss = async () => {
    setDismissing(true);
    try {
      await api().call('referenceData.dismissOffer', {});
      await invalidate();
      notifySaved(t('referenceData.offer.dismissed'));
    } catch (error) {
      notifyError(error);
    } finally {
      setDismissing(false);
    }
  };

  return (
    <Paper
      withBorder
      p="lg"
      maw={720}
      component="section"
      aria-labelledby="reference-offer-title"
      data-testid="reference-offer"
    >
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap">
          <IconBooks size={22} aria-hidden />
          <Title order={2} size="h4" id="reference-offer-title">
            {t('referenceData.offer.title')}
          </Title>
        </Group>
        <Text size="sm">{t('referenceData.offer.text')}</Text>
        <Group>
          <Button component={Link} to="/reference-data">
            {t('referenceData.offer.review')}
          </Button>
          <Button variant="default" onClick={() => void dismiss()} loading={dismissing}>
            {t('referenceData.offer.notNow')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t('referenceData.offer.later')}
        </Text>
      </Stack>
    </Paper>
  );
}
