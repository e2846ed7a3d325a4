// The signature block: prepared by (the staff name from Settings, if set), checked by, date.
import type { TFunction } from 'i18next';

export function Signatures({ t, staffName }: { t: TFunction; staffName: string | null }) {
  const boxes = [
    { label: t('reports.signatures.preparedBy'), value: staffName, line: t('reports.signatures.nameLine') },
    { label: t('reports.signatures.checkedBy'), value: null, line: t('reports.signatures.nameLine') },
    { label: t('reports.signatures.date'), value: null, line: t('reports.signatures.dateLine') },
  ];
  return (
    <section className="pd-section pd-keep">
      <h2 className="pd-h2">{t('reports.section.signatures')}</h2>
      <div className="pd-signatures">
        {boxes.map((b) => (
          <div key={b.label} className="pd-signature">
            <div>
              <div className="pd-signature-label">{b.label}</div>
              {b.value && <div>{b.value}</div>}
            </div>
            <div className="pd-signature-line">{b.line}</div>
          </div>
        ))}
      </div>
    </section>
  );
}
