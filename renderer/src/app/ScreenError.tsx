// Shown in place of a screen that failed to render or load, instead of the router's developer page.
// The usual cause in use: the app was rebuilt or updated while a window stayed open, and the screen's
// code no longer exists under its old name; a reload fetches the new one. Saved work is in the database.
import { Alert, Button, Container, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router-dom';

const UPDATED = /dynamically imported module|Importing a module script failed|Loading chunk/i;

export function ScreenError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Container size="sm" py="xl">
      <Title order={1} size="h2" mb="md">
        {t('screenError.title')}
      </Title>
      <Alert color="red" mb="md" data-testid="screen-error">
        {UPDATED.test(message) ? t('screenError.updated') : t('screenError.text')}
      </Alert>
      <Button onClick={() => window.location.reload()}>{t('screenError.reload')}</Button>
    </Container>
  );
}
