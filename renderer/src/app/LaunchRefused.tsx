// Shown instead of the app when the page has no way to the core: its launch address was already
// used (from history, another tab, another browser), or it was opened without one. No data is asked.
import { Alert, Container, MantineProvider, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { theme } from './theme';

export function LaunchRefused({ reason }: { reason: 'used' | 'missing' }) {
  const { t } = useTranslation();
  return (
    <MantineProvider theme={theme}>
      <Container size="sm" py="xl">
        <main>
          <Title order={1} mb="md">
            {t('app.name')}
          </Title>
          <Alert color="orange" title={t(`startup.launch.${reason}Title`)}>
            <Text size="sm" mb="sm">
              {t(`startup.launch.${reason}Text`)}
            </Text>
            <Text size="sm">{t('startup.launch.newStart')}</Text>
          </Alert>
        </main>
      </Container>
    </MantineProvider>
  );
}
