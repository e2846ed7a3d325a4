// The trainee's identity: the photo beside every form of the name recorded (passport, native script,
// katakana, family/given, preferred) and the key facts, then the details a host or home government
// asks for across the full width.
import type { TFunction } from 'i18next';
import type { ReportIdentity } from '../../../../shared/reports/schema';
import type { Language } from '../../../../shared/settings/schema';
import { usePrintDate } from './dates';
import { type Fact, Facts } from './Facts';
import { fyText, nameIn, nativeLang } from './text';

export function Identity({ identity: p, t, lang }: { identity: ReportIdentity; t: TFunction; lang: Language }) {
  const f = (key: string) => t(`trainee.field.${key}`);
  const date = usePrintDate();
  const familyGiven = p.familyName || p.givenName ? `${p.familyName ?? '—'} / ${p.givenName ?? '—'}` : null;
  const key: Fact[] = [
    [f('ref'), p.ref],
    [f('fiscalYear'), fyText(p.fiscalYear, lang)],
    [f('country'), nameIn(p.country, lang)],
    [f('status'), t(`trainee.status.${p.status}`)],
    [f('gender'), t(`trainee.gender.${p.gender}`)],
    [f('dateOfBirth'), date(p.dateOfBirth)],
  ];
  // In pairs that belong together on a line: where from, what they do, dates in Japan, documents.
  const details: Fact[] = [
    [f('homeGovernment'), p.homeGovernment],
    [f('department'), p.department],
    [f('position'), p.position],
    [f('fieldId'), nameIn(p.field, lang)],
    [f('arrivalDate'), date(p.arrivalDate)],
    [f('departureDate'), date(p.departureDate)],
    [f('passportNumber'), p.passportNumber && <span data-testid="print-passport">{p.passportNumber}</span>],
    [f('passportExpiry'), date(p.passportExpiry)],
    [f('residenceCardNumber'), p.residenceCardNumber],
    [f('residenceCardExpiry'), date(p.residenceCardExpiry)],
    [f('japaneseLevel'), t(`trainee.japaneseLevel.${p.japaneseLevel}`)],
  ];
  return (
    <section className="pd-section pd-keep" aria-label={t('reports.section.identity')}>
      <div className="pd-identity">
        {p.photo ? (
          <img className="pd-photo" src={`data:${p.photo.mime};base64,${p.photo.data}`} alt={f('photo')} />
        ) : (
          <div className="pd-photo pd-photo-empty">{t('reports.doc.noPhoto')}</div>
        )}
        <div className="pd-identity-main">
          <div className="pd-names">
            <div className="pd-name-main" data-testid="print-name">
              {p.fullName}
            </div>
            {p.nativeName && p.nativeName !== p.fullName && (
              <div className="pd-name-other" lang={nativeLang(p.country.code)}>
                {p.nativeName}
              </div>
            )}
            {p.katakanaName && (
              <div className="pd-name-other" lang="ja">
                {p.katakanaName}
              </div>
            )}
            {(familyGiven || p.preferredName) && (
              <div className="pd-small pd-muted">
                {[
                  familyGiven && t('reports.name.pair', { label: t('reports.name.familyGiven'), value: familyGiven }),
                  p.preferredName && t('reports.name.pair', { label: f('preferredName'), value: p.preferredName }),
                ]
                  .filter(Boolean)
                  .join('　·　')}
              </div>
            )}
          </div>
          <Facts facts={key} />
        </div>
      </div>
      <div className="pd-identity-details">
        <Facts facts={details} />
      </div>
    </section>
  );
}
