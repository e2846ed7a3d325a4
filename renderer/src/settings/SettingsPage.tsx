// Settings: language, how dates are read and shown, staff name, the two editable vocabularies, and the
// evaluation criteria and scale, and the letters' signatory and wording. The fields of expertise
// (dispatch), the evaluation settings (progress) and the letters (documents) are their features'
// editors, given as slots by app/routes/SettingsRoute.
import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { AfterFirstPaint } from '../ui/AfterFirstPaint';
import { CountriesEditor } from './CountriesEditor';
import { DateSettings } from './DateSettings';
import { FieldsEditor } from './FieldsEditor';
import { StaffNameSettings } from './StaffNameSettings';

function Section({ id, title, hint, children }: { id: string; title: string; hint?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id}>
        {title}
      </Title>
      {hint && (
        <Text size="sm" c="dimmed" mb="sm">
          {hint}
        </Text>
      )}
      {children}
    </Paper>
  );
}

interface Slots {
  expertise: ReactNode;
  evaluation: ReactNode;
  letters: ReactNode;
}

export function SettingsPage({ expertise, evaluation, letters }: Slots) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" maw={900}>
      <Title order={1} size="h2">
        {t('settings.title')}
      </Title>
      <Section id="settings-language" title={t('settings.language')} hint={t('settings.languageHint')}>
        <LanguageSwitch label={t('settings.language')} />
      </Section>
      <Section id="settings-dates" title={t('settings.dates.title')} hint={t('settings.dates.hint')}>
        <DateSettings />
      </Section>
      <Section id="settings-staff" title={t('settings.staff')}>
        <StaffNameSettings />
      </Section>
      {/* The editors below hold a thousand inputs between them: the top of the page comes first. */}
      <AfterFirstPaint>
        <Section id="settings-fields" title={t('settings.fields')} hint={t('settings.fieldsHint')}>
          <FieldsEditor />
        </Section>
        <Section id="settings-countries" title={t('settings.countries')} hint={t('settings.countriesHint')}>
          <CountriesEditor />
        </Section>
        <Section id="settings-expertise" title={t('dispatch.expertise.title')} hint={t('dispatch.expertise.hint')}>
          {expertise}
        </Section>
        <Section id="settings-evaluation" title={t('progress.settings.title')} hint={t('progress.settings.hint')}>
          {evaluation}
        </Section>
        <Section id="settings-letters" title={t('documents.settings.title')} hint={t('documents.settings.hint')}>
          {letters}
        </Section>
      </AfterFirstPaint>
    </Stack>
  );
}
