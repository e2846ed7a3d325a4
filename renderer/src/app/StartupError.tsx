// Shown when the core cannot be reached at all (wrong token, app stopped): one plain explanation.
import { Alert, Container, MantineProvider, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/messages';
import { theme } from './theme';

export function StartupError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <MantineProvider theme={theme}>
      <Container size="sm" py="xl">
        <main>
          <Title order={1} mb="md">
            {t('app.name')}
          </Title>
          <Alert color="red" title={t('startup.title')}>
            {errorText(t, error)}
          </Alert>
        </main>
      </Container>
    </MantineProvider>
  );
}
