// The record's data in readable sections. Arrival and departure carry their fiscal year; document
// expiry dates before departure are flagged, as the core warns about them on save.
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Trainee } from '../../../../shared/trainees/schema';
import { useReferenceLabels } from '../../api/reference';
import { dateWithFy, formatTimestamp, fyLabel, useLang } from '../../i18n/format';
import { DetailSection } from '../../ui/DetailSection';
import { useShowDate } from '../../ui/forms/useDateSettings';
import { MaskedValue } from './MaskedValue';

export function TraineeSections({ trainee: tr }: { trainee: Trainee }) {
  const { t } = useTranslation();
  const lang = useLang();
  const labels = useReferenceLabels();
  const show = useShowDate();
  const f = (name: string) => t(`trainee.field.${name}`);
  const expiry = (date: string | null) =>
    date && tr.departureDate && date < tr.departureDate ? (
      <Text size="sm" c="red.9" fw={600}>
        {show(date)} — {t('detail.expiresBeforeDeparture')}
      </Text>
    ) : (
      date && show(date)
    );

  return (
    <Stack gap="md">
      <DetailSection
        title={t('form.section.identity')}
        items={[
          { label: f('fullName'), value: tr.fullName },
          { label: f('familyName'), value: tr.familyName },
          { label: f('givenName'), value: tr.givenName },
          { label: f('nativeName'), value: tr.nativeName },
          { label: f('katakanaName'), value: tr.katakanaName && <span lang="ja">{tr.katakanaName}</span> },
          { label: f('preferredName'), value: tr.preferredName },
          { label: f('gender'), value: t(`trainee.gender.${tr.gender}`) },
          { label: f('dateOfBirth'), value: show(tr.dateOfBirth) },
        ]}
      />
      <DetailSection
        title={t('form.section.home')}
        items={[
          { label: f('country'), value: labels.country(tr.country) },
          { label: f('homeGovernment'), value: tr.homeGovernment },
          { label: f('department'), value: tr.department },
          { label: f('position'), value: tr.position },
        ]}
      />
      <DetailSection
        title={t('form.section.programme')}
        items={[
          { label: f('fiscalYear'), value: fyLabel(tr.fiscalYear, lang), testId: 'detail-fiscal-year' },
          { label: f('fieldId'), value: labels.field(tr.fieldId) },
          { label: f('status'), value: t(`trainee.status.${tr.status}`) },
          { label: f('japaneseLevel'), value: t(`trainee.japaneseLevel.${tr.japaneseLevel}`) },
          { label: f('arrivalDate'), value: tr.arrivalDate && dateWithFy(tr.arrivalDate, lang, show) },
          { label: f('departureDate'), value: tr.departureDate && dateWithFy(tr.departureDate, lang, show) },
        ]}
      />
      <DetailSection
        title={t('form.section.contact')}
        items={[
          { label: f('email'), value: tr.email },
          { label: f('phone'), value: tr.phone },
          { label: f('emergencyContactName'), value: tr.emergencyContactName },
          { label: f('emergencyContactRelation'), value: tr.emergencyContactRelation },
          { label: f('emergencyContactPhone'), value: tr.emergencyContactPhone },
        ]}
      />
      <DetailSection
        title={t('form.section.documents')}
        items={[
          { label: f('passportNumber'), value: <MaskedValue value={tr.passportNumber} label={f('passportNumber')} /> },
          { label: f('passportExpiry'), value: expiry(tr.passportExpiry) },
          {
            label: f('residenceCardNumber'),
            value: <MaskedValue value={tr.residenceCardNumber} label={f('residenceCardNumber')} />,
          },
          { label: f('residenceCardExpiry'), value: expiry(tr.residenceCardExpiry) },
        ]}
      />
      <DetailSection
        title={t('form.section.notes')}
        items={[
          {
            label: f('notes'),
            value: tr.notes && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {tr.notes}
              </Text>
            ),
          },
          { label: t('detail.created'), value: formatTimestamp(tr.createdAt) },
          { label: t('detail.updated'), value: formatTimestamp(tr.updatedAt) },
        ]}
      />
    </Stack>
  );
}
